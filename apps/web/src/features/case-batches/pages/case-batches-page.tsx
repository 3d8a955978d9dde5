import { UploadOutlined } from '@ant-design/icons';
import { Button, Card, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { usePermissions } from '../../../app/auth/use-me';
import { formatInstant } from '../../../app/format/date-time';
import { tablePagination } from '../../../app/paging';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { usePagedList } from '../../../app/ui/use-paged-list';
import { type BatchItem, batchesKey, batchStatusLabels, fetchBatches } from '../batch-api';
import { RosterUploadModal } from '../components/roster-upload-modal';

const columns: ColumnsType<BatchItem> = [
  {
    title: '批次号',
    dataIndex: 'number',
    key: 'number',
    render: (n: string, b) => <Link to={`/case-batches/${b.id}`}>{n}</Link>,
  },
  { title: '文件名', dataIndex: 'fileName', key: 'fileName' },
  { title: '申请机构', dataIndex: 'applicantName', key: 'applicantName', render: (n) => n ?? '—' },
  { title: '行数', dataIndex: 'totalRows', key: 'totalRows' },
  { title: '生成案件', dataIndex: 'createdCount', key: 'createdCount' },
  {
    title: '错误行',
    dataIndex: 'errorCount',
    key: 'errorCount',
    render: (n: number) => (n > 0 ? <Tag color="red">{n}</Tag> : 0),
  },
  {
    title: '状态',
    dataIndex: 'status',
    key: 'status',
    render: (s: BatchItem['status']) => batchStatusLabels[s] ?? s,
  },
  { title: '上传时间', dataIndex: 'createdAt', key: 'createdAt', render: formatInstant },
];

function CaseBatchesContent() {
  const can = usePermissions();
  const [uploading, setUploading] = useState(false);
  const { paging, setPaging, query } = usePagedList({
    queryKey: [...batchesKey, 'list'],
    initialFilters: {},
    fetch: fetchBatches,
  });
  return (
    <Card
      title="花名册"
      extra={
        can('case:create') ? (
          <Button
            type="primary"
            icon={<UploadOutlined />}
            onClick={() => setUploading(true)}
            data-testid="roster-upload"
          >
            上传花名册
          </Button>
        ) : null
      }
    >
      <QueryErrorAlert error={query.error} onRetry={() => query.refetch()} />
      <Table<BatchItem>
        rowKey="id"
        columns={columns}
        dataSource={query.data?.items}
        loading={query.isFetching}
        pagination={tablePagination(paging, query.data?.total, setPaging)}
        data-testid="batches-table"
      />
      {uploading ? <RosterUploadModal onClose={() => setUploading(false)} /> : null}
    </Card>
  );
}

export function CaseBatchesPage() {
  return (
    <PermissionGate permission="case:read">
      <CaseBatchesContent />
    </PermissionGate>
  );
}
