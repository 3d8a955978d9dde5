import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, Descriptions, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { Link, useParams } from 'react-router-dom';
import { formatInstant } from '../../../app/format/date-time';
import { formatYuan } from '../../../app/format/money';
import { PageSpin } from '../../../app/ui/page-spin';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorResult } from '../../../app/ui/query-error-result';
import { type BatchDetail, type BatchRow, batchesKey, batchStatusLabels, fetchBatch } from '../batch-api';

const columns: ColumnsType<BatchRow> = [
  { title: '行号', dataIndex: 'row', key: 'row', width: 70 },
  { title: '姓名', dataIndex: 'name', key: 'name', render: (n: string | null) => n ?? '—' },
  {
    title: '结果',
    dataIndex: 'outcome',
    key: 'outcome',
    render: (o: BatchRow['outcome']) =>
      o === 'created' ? <Tag color="green">已生成案件</Tag> : <Tag color="red">有误</Tag>,
  },
  {
    title: '案件编号',
    dataIndex: 'caseNumber',
    key: 'caseNumber',
    render: (n: string | null, r) => (r.caseId ? <Link to={`/cases/${r.caseId}`}>{n}</Link> : '—'),
  },
  { title: '案件状态', dataIndex: 'statusLabel', key: 'status', render: (s: string | null) => s ?? '—' },
  { title: '核定金额', dataIndex: 'amount', key: 'amount', render: formatYuan },
  { title: '已拨付', dataIndex: 'paidAmount', key: 'paidAmount', render: formatYuan },
  {
    title: '说明',
    dataIndex: 'messages',
    key: 'messages',
    render: (messages: string[]) =>
      messages.length ? (
        <Space orientation="vertical" size={0}>
          {messages.map((m) => (
            <Typography.Text key={m} type="danger">
              {m}
            </Typography.Text>
          ))}
        </Space>
      ) : (
        '—'
      ),
  },
];

function Totals({ batch }: { batch: BatchDetail }) {
  const t = batch.totals;
  const stats: [string, number | string][] = [
    ['总行数', t.rows],
    ['生成案件', t.cases],
    ['错误行', t.errors],
    ['已受理', t.accepted],
    ['退回补正', t.returned],
    ['已批准', t.approved],
    ['不予批准', t.rejected],
    ['批准金额', formatYuan(t.approvedAmount)],
    ['已拨付金额', formatYuan(t.paidAmount)],
  ];
  return (
    <Row gutter={[16, 16]} data-testid="batch-totals">
      {stats.map(([label, value]) => (
        <Col key={label} xs={12} sm={8} md={6} lg={4}>
          <Statistic title={label} value={value} />
        </Col>
      ))}
    </Row>
  );
}

function CaseBatchDetail() {
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: [...batchesKey, 'detail', id], queryFn: () => fetchBatch(id) });
  if (query.isLoading) return <PageSpin />;
  if (!query.data) return <QueryErrorResult error={query.error} />;
  const batch = query.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={`花名册 ${batch.number}`}
        extra={
          <Button
            icon={<PrinterOutlined />}
            href={`/print/case-batches/${batch.id}/roster`}
            target="_blank"
            data-testid="batch-print"
          >
            打印花名册
          </Button>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
          <Descriptions.Item label="文件名">{batch.fileName}</Descriptions.Item>
          <Descriptions.Item label="申请机构">{batch.applicantName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="状态">
            {batchStatusLabels[batch.status] ?? batch.status}
          </Descriptions.Item>
          <Descriptions.Item label="上传时间">{formatInstant(batch.createdAt)}</Descriptions.Item>
        </Descriptions>
        <Totals batch={batch} />
      </Card>
      <Card title="逐行结果">
        <Table<BatchRow>
          rowKey="row"
          columns={columns}
          dataSource={batch.rows}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          size="small"
          data-testid="batch-rows"
        />
      </Card>
    </Space>
  );
}

export function CaseBatchDetailPage() {
  return (
    <PermissionGate permission="case:read">
      <CaseBatchDetail />
    </PermissionGate>
  );
}
