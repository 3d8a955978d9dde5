import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { EmptyState } from '../../../app/ui/empty-state';
import { fetchRoles, rolesKey } from '../../roles/role-api';

interface RoleSelectProps {
  value?: number[];
  onChange?: (value: number[]) => void;
  /** Given by Form.Item, so that its label names the control. */
  id?: string;
}

export function RoleSelect({ value, onChange, id }: RoleSelectProps) {
  const roles = useQuery({ queryKey: rolesKey, queryFn: fetchRoles });
  return (
    <Select
      mode="multiple"
      id={id}
      value={value}
      onChange={onChange}
      loading={roles.isPending}
      placeholder="请选择角色"
      notFoundContent={
        <EmptyState description={roles.isError ? `角色加载失败：${roles.error.message}` : '暂无角色'} />
      }
      optionFilterProp="label"
      options={(roles.data ?? []).map((role) => ({ value: role.id, label: role.name, code: role.code }))}
      optionRender={(option) => (
        <span data-testid={`role-option-${option.data.code}`}>
          {option.data.label}（{option.data.code}）
        </span>
      )}
      data-testid="user-roles"
    />
  );
}
