import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { EmptyState } from '../../../app/ui/empty-state';
import { fetchEmployers } from '../../employers/employer-api';

interface EmployerPickerProps {
  value?: string;
  onChange?: (value: string) => void;
  'data-testid'?: string;
  /** Given by Form.Item, so that its label names the control. */
  id?: string;
}

/** Finds an employer by name or credit code (the employers search). */
export function EmployerPicker({ value, onChange, ...rest }: EmployerPickerProps) {
  const [q, setQ] = useState('');
  const employers = useQuery({
    queryKey: ['employers', 'picker', q],
    queryFn: () => fetchEmployers({ q }, { page: 1, pageSize: 20 }, undefined),
    enabled: q !== '',
  });
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: (text) => setQ(text.trim()) }}
      value={value}
      onChange={onChange}
      options={(employers.data?.items ?? []).map((e) => ({
        value: e.id,
        label: `${e.name}（${e.creditCode}）`,
      }))}
      loading={employers.isFetching}
      placeholder="输入单位名称或统一社会信用代码查找"
      notFoundContent={<EmptyState description={q ? '未找到单位' : '请输入单位名称'} />}
      data-testid={rest['data-testid']}
      id={rest.id}
    />
  );
}
