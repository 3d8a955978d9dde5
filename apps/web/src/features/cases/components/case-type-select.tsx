import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { caseTypesKey, fetchCaseTypes } from '../case-api';

interface CaseTypeSelectProps {
  value?: string | undefined;
  onChange?: (value: string | undefined) => void;
  /** only types that take applications now (新建申请) */
  enabledOnly?: boolean;
  placeholder?: string;
  style?: CSSProperties;
  'data-testid'?: string;
  /** Given by Form.Item, so that its label names the control. */
  id?: string;
  /** The accessible name where no form label names it (a list filter). */
  'aria-label'?: string;
}

/** 事项 picker over `GET /case-types`. */
export function CaseTypeSelect({
  value,
  onChange,
  enabledOnly,
  placeholder,
  style,
  ...rest
}: CaseTypeSelectProps) {
  const types = useQuery({ queryKey: caseTypesKey, queryFn: fetchCaseTypes, staleTime: 300_000 });
  const options = (types.data ?? [])
    .filter((t) => !enabledOnly || t.enabled)
    .map((t) => ({ value: t.id, label: t.enabled ? t.name : `${t.name}（已停办）` }));
  return (
    <Select
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      value={value}
      onChange={(v?: string) => onChange?.(v)}
      options={options}
      loading={types.isFetching}
      placeholder={placeholder ?? '事项'}
      popupMatchSelectWidth={false}
      style={style}
      data-testid={rest['data-testid']}
      id={rest.id}
      aria-label={rest['aria-label']}
    />
  );
}
