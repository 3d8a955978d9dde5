import { ReloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Popconfirm, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { formatLogInstant } from '../../../app/format/date-time';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { TotpResetCard } from '../components/totp-reset-card';
import { endSession, fetchSessions, type OnlineSession, sessionsKey } from '../security-api';

function SessionsContent() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const sessions = useQuery({ queryKey: sessionsKey, queryFn: fetchSessions });
  const kick = useMutation({
    mutationFn: endSession,
    onSuccess: () => {
      message.success('已强制下线');
      return queryClient.invalidateQueries({ queryKey: sessionsKey });
    },
  });

  const columns: ColumnsType<OnlineSession> = [
    { title: '用户名', dataIndex: 'username' },
    { title: '姓名', dataIndex: 'displayName' },
    { title: 'IP 地址', dataIndex: 'ip', render: (ip: string | null) => ip ?? '—' },
    {
      title: '浏览器',
      dataIndex: 'userAgent',
      ellipsis: true,
      render: (ua: string | null) => <Typography.Text title={ua ?? undefined}>{ua ?? '—'}</Typography.Text>,
    },
    { title: '登录时间', dataIndex: 'createdAt', render: formatLogInstant },
    { title: '最近活动', dataIndex: 'lastSeenAt', render: formatLogInstant },
    {
      title: '操作',
      key: 'actions',
      render: (_v, session) => (
        <Popconfirm
          title={`确定将 ${session.displayName} 强制下线？`}
          onConfirm={() => kick.mutateAsync(session.id)}
        >
          <Button type="link" size="small" danger>
            强制下线
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <Card
      title="在线会话"
      extra={
        <Button icon={<ReloadOutlined />} onClick={() => sessions.refetch()}>
          刷新
        </Button>
      }
    >
      <QueryErrorAlert error={sessions.error} onRetry={() => sessions.refetch()} />
      <Table<OnlineSession>
        rowKey="id"
        columns={columns}
        dataSource={sessions.data}
        loading={sessions.isFetching}
        pagination={{ pageSize: 20, showTotal: (n) => `共 ${n} 个会话` }}
      />
    </Card>
  );
}

export function SessionsPage() {
  return (
    <PermissionGate permission="security:manage">
      <SessionsContent />
      <TotpResetCard />
    </PermissionGate>
  );
}
