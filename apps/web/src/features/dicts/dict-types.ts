export interface DictItem {
  code: string;
  label: string;
  sort: number;
  active: boolean;
}

export interface Dict {
  code: string;
  name: string;
  items: DictItem[];
}
