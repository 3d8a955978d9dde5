import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { usePermissions } from '../../../app/auth/use-me';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { RoleFormModal } from '../components/role-form-modal';
import { fetchRoles, rolesKey } from '../role-api';
import { dataScopeLabels, type Role } from '../role-types';

const adminClassLabels: Record<string, string> = {
  system: '系统管理员',
  security: '安全管理员',
  audit: '审计管理员',
};

type Editing = { kind: 'create' } | { kind: 'edit'; role: Role } | null;

function RolesContent() {
  const { message } = App.useApp();
  const can = usePermissions();
  const queryClient = useQueryClient();
  const roles = useQuery({ queryKey: rolesKey, queryFn: fetchRoles });
  const [editing, setEditing] = useState<Editing>(null);

  const columns: ColumnsType<Role> = [
    { title: '角色名称', dataIndex: 'name' },
    { title: '编码', dataIndex: 'code' },
    {
      title: '数据范围',
      dataIndex: 'dataScope',
      render: (scope: Role['dataScope']) => dataScopeLabels[scope] ?? scope,
    },
    { title: '权限数', dataIndex: 'permissions', render: (p: string[]) => p.length },
    {
      title: '类型',
      key: 'kind',
      render: (_v, role) => (
        <>
          {role.builtin ? <Tag color="blue">内置</Tag> : <Tag>自定义</Tag>}
          {role.adminClass ? (
            <Tag color="purple">{adminClassLabels[role.adminClass] ?? role.adminClass}</Tag>
          ) : null}
        </>
      ),
    },
  ];
  if (can('role:write')) {
    columns.push({
      title: '操作',
      key: 'actions',
      render: (_v, role) => (
        <Button type="link" size="small" onClick={() => setEditing({ kind: 'edit', role })}>
          编辑
        </Button>
      ),
    });
  }

  return (
    <Card
      title="角色管理"
      extra={
        can('role:write') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ kind: 'create' })}>
            新建角色
          </Button>
        ) : null
      }
    >
      <QueryErrorAlert error={roles.error} onRetry={() => roles.refetch()} />
      <Table<Role>
        rowKey="id"
        columns={columns}
        dataSource={roles.data}
        loading={roles.isFetching}
        pagination={false}
      />
      {editing ? (
        <RoleFormModal
          role={editing.kind === 'edit' ? editing.role : undefined}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            message.success('角色已保存');
            void queryClient.invalidateQueries({ queryKey: rolesKey });
          }}
        />
      ) : null}
    </Card>
  );
}

export function RolesPage() {
  return (
    <PermissionGate permission="role:read">
      <RolesContent />
    </PermissionGate>
  );
}
