import { Select } from 'antd';
import { useDictOptions } from '../../dicts/hooks/use-dict';

interface DictSelectProps {
  dict: string;
  value?: string;
  onChange?: (value: string) => void;
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
  'data-testid'?: string;
  /** Given by Form.Item, so that its label names the control. */
  id?: string;
  /** The accessible name where no form label names it (a list filter). */
  'aria-label'?: string;
}

/** A select whose options are a dictionary's active items. */
export function DictSelect({
  dict,
  value,
  onChange,
  placeholder,
  allowClear,
  style,
  ...rest
}: DictSelectProps) {
  const { options, loading } = useDictOptions(dict);
  return (
    <Select
      value={value}
      onChange={onChange}
      options={options}
      loading={loading}
      placeholder={placeholder ?? '请选择'}
      allowClear={allowClear}
      style={style}
      showSearch={{ optionFilterProp: 'label' }}
      data-testid={rest['data-testid']}
      id={rest.id}
      aria-label={rest['aria-label']}
    />
  );
}
