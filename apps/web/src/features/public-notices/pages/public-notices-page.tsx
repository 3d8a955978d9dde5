import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Segmented, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { usePermissions } from '../../../app/auth/use-me';
import { tablePagination } from '../../../app/paging';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { usePagedList } from '../../../app/ui/use-paged-list';
import { NoticeCreateModal } from '../components/notice-create-modal';
import { NoticeStatusTag } from '../components/notice-status-tag';
import { fetchNoticeCaseTypes, fetchNotices, noticesKey } from '../notice-api';
import type { NoticeFilters, NoticeItem, NoticeStatus } from '../notice-types';

type StatusFilter = NonNullable<NoticeFilters['status']> | 'all';

function NoticesContent() {
  const can = usePermissions();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const { filters, applyFilters, paging, setPaging, query } = usePagedList({
    queryKey: [...noticesKey, 'list'],
    initialFilters: {},
    fetch: fetchNotices,
  });
  const types = useQuery({ queryKey: ['case-types'], queryFn: fetchNoticeCaseTypes, staleTime: 60_000 });
  const typeName = (id: string | null) => types.data?.find((t) => t.id === id)?.name ?? '—';

  const columns: ColumnsType<NoticeItem> = [
    {
      title: '公示编号',
      dataIndex: 'number',
      key: 'number',
      render: (n: string, r) => <Link to={`/public-notices/${r.id}`}>{n}</Link>,
    },
    { title: '标题', dataIndex: 'title', key: 'title' },
    { title: '事项', dataIndex: 'caseTypeId', key: 'type', render: typeName },
    {
      title: '公示期',
      key: 'period',
      render: (_: unknown, r) => (r.startsOn ? `${r.startsOn} 至 ${r.endsOn ?? ''}` : '—'),
    },
    {
      title: '状态',
      dataIndex: 'status',
      key: 'status',
      render: (s: NoticeStatus) => <NoticeStatusTag status={s} />,
    },
    {
      title: '操作',
      key: 'print',
      render: (_: unknown, r) => (
        <a href={`/print/public-notices/${r.id}`} target="_blank" rel="noreferrer">
          打印
        </a>
      ),
    },
  ];

  return (
    <Card
      title="公示管理"
      extra={
        can('case:approve') ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="notice-create"
          >
            新建公示
          </Button>
        ) : null
      }
    >
      <Segmented<StatusFilter>
        style={{ marginBottom: 16 }}
        value={filters.status ?? 'all'}
        options={[
          { value: 'all', label: '全部' },
          { value: 'published', label: '公示中' },
          { value: 'closed', label: '已结束' },
        ]}
        onChange={(v) => applyFilters(v === 'all' ? {} : { status: v })}
      />
      <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} />
      <Table<NoticeItem>
        rowKey="id"
        columns={columns}
        dataSource={query.data?.items}
        loading={query.isFetching}
        pagination={tablePagination(paging, query.data?.total, setPaging)}
        data-testid="notices-table"
      />
      {creating && (
        <NoticeCreateModal
          onClose={() => setCreating(false)}
          onCreated={(n) => {
            queryClient.invalidateQueries({ queryKey: noticesKey });
            queryClient.invalidateQueries({ queryKey: ['cases'] });
            navigate(`/public-notices/${n.id}`);
          }}
        />
      )}
    </Card>
  );
}

/** 公示: notices of approved cases, their period and status. */
export function PublicNoticesPage() {
  return (
    <PermissionGate permission="case:read">
      <NoticesContent />
    </PermissionGate>
  );
}
