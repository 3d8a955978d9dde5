import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { formatLogInstant } from '../../../app/format/date-time';
import { firstPage, type PageParams, tablePagination } from '../../../app/paging';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { DateRangeFilter } from '../components/date-range-filter';
import { fetchLoginLog, type LoginLogEntry, type LoginLogFilters } from '../log-api';
import { loginReasonLabel } from '../login-reasons';

const columns: ColumnsType<LoginLogEntry> = [
  {
    title: '时间',
    dataIndex: 'at',
    width: 180,
    render: formatLogInstant,
  },
  { title: '用户名', dataIndex: 'username' },
  {
    title: '结果',
    dataIndex: 'success',
    render: (success: boolean) => (success ? <Tag color="green">成功</Tag> : <Tag color="red">失败</Tag>),
  },
  { title: '原因', dataIndex: 'reason', render: loginReasonLabel },
  { title: 'IP 地址', dataIndex: 'ip', render: (ip: string | null) => ip ?? '—' },
  {
    title: '浏览器',
    dataIndex: 'userAgent',
    ellipsis: true,
    render: (ua: string | null) => <Typography.Text title={ua ?? undefined}>{ua ?? '—'}</Typography.Text>,
  },
];

function LoginLogContent() {
  const [filters, setFilters] = useState<LoginLogFilters>({});
  const [paging, setPaging] = useState<PageParams>(firstPage);
  const log = useQuery({
    queryKey: ['login-log', filters, paging],
    queryFn: () => fetchLoginLog(filters, paging),
    placeholderData: keepPreviousData,
  });
  const applyFilters = (next: LoginLogFilters) => {
    setFilters(next);
    setPaging((p) => ({ ...p, page: 1 }));
  };

  return (
    <Card title="登录日志">
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder="用户名"
          onSearch={(username) => applyFilters({ ...filters, username: username.trim() || undefined })}
          style={{ width: 220 }}
        />
        <Select<'all' | 'true' | 'false'>
          aria-label="登录结果"
          value={filters.success ?? 'all'}
          onChange={(v) => applyFilters({ ...filters, success: v === 'all' ? undefined : v })}
          options={[
            { value: 'all', label: '全部结果' },
            { value: 'true', label: '成功' },
            { value: 'false', label: '失败' },
          ]}
          style={{ width: 140 }}
        />
        <DateRangeFilter value={filters} onChange={(range) => applyFilters({ ...filters, ...range })} />
      </Space>
      <QueryErrorAlert error={log.error} onRetry={() => log.refetch()} />
      <Table<LoginLogEntry>
        rowKey="id"
        columns={columns}
        dataSource={log.data?.items}
        loading={log.isFetching}
        pagination={tablePagination(paging, log.data?.total, setPaging)}
      />
    </Card>
  );
}

export function LoginLogPage() {
  return (
    <PermissionGate permission="loginlog:read">
      <LoginLogContent />
    </PermissionGate>
  );
}
