import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { EmptyState } from '../../../app/ui/empty-state';
import { fetchPersons } from '../../persons/person-api';

interface PersonPickerProps {
  value?: string;
  onChange?: (value: string) => void;
  'data-testid'?: string;
  /** Given by Form.Item, so that its label names the control. */
  id?: string;
}

/** Finds a registered person by name prefix or exact ID/phone number (the persons search). */
export function PersonPicker({ value, onChange, ...rest }: PersonPickerProps) {
  const [q, setQ] = useState('');
  const persons = useQuery({
    queryKey: ['persons', 'picker', q],
    queryFn: () => fetchPersons({ q }, { page: 1, pageSize: 20 }, undefined),
    enabled: q.trim() !== '',
  });
  const options = (persons.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.name}（${p.idNumberMasked}，${p.org.name}）`,
  }));
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: (text) => setQ(text.trim()) }}
      value={value}
      onChange={onChange}
      options={options}
      loading={persons.isFetching}
      placeholder="输入姓名或公民身份号码查找人员"
      notFoundContent={<EmptyState description={q ? '未找到人员' : '请输入姓名或证件号码'} />}
      data-testid={rest['data-testid']}
      id={rest.id}
    />
  );
}
