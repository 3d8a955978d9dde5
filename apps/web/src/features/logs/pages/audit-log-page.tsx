import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Input, Space, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { formatLogInstant } from '../../../app/format/date-time';
import { firstPage, type PageParams, tablePagination } from '../../../app/paging';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { actionLabel, targetTypeLabel } from '../audit-labels';
import { AuditDetailDrawer } from '../components/audit-detail-drawer';
import { DateRangeFilter } from '../components/date-range-filter';
import { VerifyChainButton } from '../components/verify-chain-button';
import { type AuditEntry, type AuditFilters, fetchAudit } from '../log-api';

function AuditLogContent() {
  const [filters, setFilters] = useState<AuditFilters>({});
  const [paging, setPaging] = useState<PageParams>(firstPage);
  const [shown, setShown] = useState<AuditEntry | null>(null);
  const audit = useQuery({
    queryKey: ['audit', filters, paging],
    queryFn: () => fetchAudit(filters, paging),
    placeholderData: keepPreviousData,
  });
  const applyFilters = (next: AuditFilters) => {
    setFilters(next);
    setPaging((p) => ({ ...p, page: 1 }));
  };

  const columns: ColumnsType<AuditEntry> = [
    {
      title: '时间',
      dataIndex: 'at',
      width: 180,
      render: formatLogInstant,
    },
    { title: '操作人', dataIndex: 'username' },
    { title: '所属机构', dataIndex: 'orgName', render: (name: string | null) => name ?? '—' },
    {
      title: '操作',
      dataIndex: 'action',
      render: (action: string) => (
        <span title={action} data-testid="audit-action">
          {actionLabel(action)}
        </span>
      ),
    },
    { title: '对象类型', dataIndex: 'targetType', render: targetTypeLabel },
    { title: '对象 ID', dataIndex: 'targetId', ellipsis: true, render: (t: string | null) => t ?? '—' },
    { title: 'IP 地址', dataIndex: 'ip', render: (ip: string | null) => ip ?? '—' },
    {
      title: '详情',
      key: 'detail',
      render: (_v, entry) => (
        <Button type="link" size="small" onClick={() => setShown(entry)}>
          查看
        </Button>
      ),
    },
  ];

  return (
    <Card title="审计日志" extra={<VerifyChainButton />}>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder="操作人用户名"
          onSearch={(username) => applyFilters({ ...filters, username: username.trim() || undefined })}
          style={{ width: 200 }}
          data-testid="audit-filter-user"
        />
        <Input.Search
          allowClear
          placeholder="操作代码（前缀），如 user.create"
          onSearch={(action) => applyFilters({ ...filters, action: action.trim() || undefined })}
          style={{ width: 220 }}
          data-testid="audit-filter-action"
        />
        <Input.Search
          allowClear
          placeholder="对象类型"
          onSearch={(targetType) => applyFilters({ ...filters, targetType: targetType.trim() || undefined })}
          style={{ width: 180 }}
        />
        <DateRangeFilter value={filters} onChange={(range) => applyFilters({ ...filters, ...range })} />
      </Space>
      <QueryErrorAlert error={audit.error} onRetry={() => audit.refetch()} />
      <Table<AuditEntry>
        rowKey="id"
        columns={columns}
        dataSource={audit.data?.items}
        loading={audit.isFetching}
        pagination={tablePagination(paging, audit.data?.total, setPaging)}
        data-testid="audit-table"
      />
      <AuditDetailDrawer entry={shown} onClose={() => setShown(null)} />
    </Card>
  );
}

export function AuditLogPage() {
  return (
    <PermissionGate permission="audit:read">
      <AuditLogContent />
    </PermissionGate>
  );
}
