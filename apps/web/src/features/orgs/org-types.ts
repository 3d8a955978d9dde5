/** Organisation ids are integers on the server. */
export type OrgId = number;

export type OrgLevel = 'city' | 'district' | 'street' | 'community';

export interface OrgNode {
  id: OrgId;
  parentId: OrgId | null;
  name: string;
  level: OrgLevel;
  regionCode: string;
  hasChildren: boolean;
}

export interface OrgDetail extends OrgNode {
  /** Ancestors from the top down. The contract calls this `path`; the server answers `ancestors`. */
  ancestors?: { id: OrgId; name: string }[];
  path?: { id: OrgId; name: string }[];
}

export function ancestorsOf(org: OrgDetail): { id: OrgId; name: string }[] {
  return (org.ancestors ?? org.path ?? []).filter((a) => a.id !== org.id);
}

export const orgLevelLabels: Record<OrgLevel, string> = {
  city: '市',
  district: '区/县',
  street: '街道/乡镇',
  community: '社区/行政村',
};

/** Length of the administrative division code (行政区划代码) at each level. */
export const regionCodeLength: Record<OrgLevel, number> = { city: 6, district: 6, street: 9, community: 12 };

/** The level a new child of a node gets; community nodes have no children. */
export const childLevel: Record<OrgLevel, OrgLevel | null> = {
  city: 'district',
  district: 'street',
  street: 'community',
  community: null,
};
