import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Input, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { usePermissions } from '../../../app/auth/use-me';
import { formatInstant } from '../../../app/format/date-time';
import { firstPage, type PageParams, tablePagination } from '../../../app/paging';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { OrgFilter } from '../../orgs/components/org-filter';
import { InitialPasswordModal } from '../components/initial-password-modal';
import { UserFormModal } from '../components/user-form-modal';
import { isLocked, UserRowActions } from '../components/user-row-actions';
import { fetchUsers, usersKey } from '../user-api';
import type { UserFilters, UserItem } from '../user-types';

type Editing = { kind: 'create' } | { kind: 'edit'; user: UserItem } | null;

function UsersContent() {
  const { message } = App.useApp();
  const can = usePermissions();
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<UserFilters>({});
  const [paging, setPaging] = useState<PageParams>(firstPage);
  const [editing, setEditing] = useState<Editing>(null);
  const [shownPassword, setShownPassword] = useState<{ username: string; password: string } | null>(null);

  const users = useQuery({
    queryKey: [...usersKey, filters, paging],
    queryFn: () => fetchUsers(filters, paging),
    placeholderData: keepPreviousData,
  });

  const applyFilters = (next: UserFilters) => {
    setFilters(next);
    setPaging((p) => ({ ...p, page: 1 }));
  };

  const columns: ColumnsType<UserItem> = [
    { title: '用户名', dataIndex: 'username' },
    { title: '姓名', dataIndex: 'displayName' },
    { title: '所属机构', dataIndex: ['org', 'name'] },
    {
      title: '角色',
      dataIndex: 'roles',
      render: (roles: UserItem['roles']) => roles.map((r) => <Tag key={r.id}>{r.name}</Tag>),
    },
    {
      title: '状态',
      dataIndex: 'status',
      render: (_status, user) => (
        <Space size={4}>
          {user.status === 'active' ? <Tag color="green">正常</Tag> : <Tag>已禁用</Tag>}
          {isLocked(user) ? <Tag color="red">已锁定</Tag> : null}
        </Space>
      ),
    },
    {
      title: '最近登录',
      dataIndex: 'lastLoginAt',
      render: (at: string | null) => (at ? formatInstant(at) : '从未登录'),
    },
  ];
  if (can('user:write')) {
    columns.push({
      title: '操作',
      key: 'actions',
      render: (_value, user) => (
        <UserRowActions
          user={user}
          onEdit={() => setEditing({ kind: 'edit', user })}
          onPasswordReset={(password) => setShownPassword({ username: user.username, password })}
        />
      ),
    });
  }

  return (
    <Card
      title="用户管理"
      extra={
        can('user:write') ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing({ kind: 'create' })}
            data-testid="user-create"
          >
            新建用户
          </Button>
        ) : null
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <OrgFilter
          value={filters.orgId}
          onChange={(orgId) => applyFilters({ ...filters, orgId })}
          width={260}
          data-testid="user-filter-org"
        />
        <Input.Search
          allowClear
          placeholder="用户名或姓名"
          onSearch={(q) => applyFilters({ ...filters, q: q.trim() || undefined })}
          style={{ width: 260 }}
          data-testid="user-filter-q"
        />
      </Space>
      <QueryErrorAlert error={users.error} onRetry={() => users.refetch()} />
      <Table<UserItem>
        rowKey="id"
        columns={columns}
        dataSource={users.data?.items}
        loading={users.isFetching}
        pagination={tablePagination(paging, users.data?.total, setPaging)}
        data-testid="users-table"
      />
      {editing ? (
        <UserFormModal
          user={editing.kind === 'edit' ? editing.user : undefined}
          onClose={() => setEditing(null)}
          onCreated={(username, password) => {
            setEditing(null);
            setShownPassword({ username, password });
            void queryClient.invalidateQueries({ queryKey: usersKey });
          }}
          onUpdated={() => {
            setEditing(null);
            message.success('用户已保存');
            void queryClient.invalidateQueries({ queryKey: usersKey });
          }}
        />
      ) : null}
      {shownPassword ? (
        <InitialPasswordModal
          username={shownPassword.username}
          password={shownPassword.password}
          onClose={() => setShownPassword(null)}
        />
      ) : null}
    </Card>
  );
}

export function UsersPage() {
  return (
    <PermissionGate permission="user:read">
      <UsersContent />
    </PermissionGate>
  );
}
