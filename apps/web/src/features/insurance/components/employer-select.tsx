import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { EmptyState } from '../../../app/ui/empty-state';
import { searchEmployers } from '../insurance-api';

interface EmployerSelectProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  allowClear?: boolean;
  'data-testid'?: string;
  /** Given by Form.Item, so that its label names the control. */
  id?: string;
}

/** Picks an employer of the user's scope, searched on the server by name prefix or credit code. */
export function EmployerSelect({ value, onChange, placeholder, allowClear, ...rest }: EmployerSelectProps) {
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: ['employers', 'pick', q],
    queryFn: () => searchEmployers(q),
    staleTime: 30_000,
  });
  return (
    <Select
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      options={(found.data?.items ?? []).map((e) => ({ value: e.id, label: `${e.name}（${e.creditCode}）` }))}
      loading={found.isPending}
      placeholder={placeholder ?? '输入单位名称或统一社会信用代码搜索'}
      allowClear={allowClear}
      showSearch={{ filterOption: false, onSearch: setQ }}
      notFoundContent={<EmptyState description={found.isPending ? '搜索中…' : '没有匹配的用人单位'} />}
      data-testid={rest['data-testid']}
      id={rest.id}
    />
  );
}
