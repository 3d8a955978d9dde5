import { useQuery } from '@tanstack/react-query';
import { Card, Col, Descriptions, Row, Space, Statistic, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { Link, useParams } from 'react-router-dom';
import { formatInstant } from '../../../app/format/date-time';
import { formatYuan } from '../../../app/format/money';
import { PageSpin } from '../../../app/ui/page-spin';
import { PermissionGate } from '../../../app/ui/permission-gate';
import { QueryErrorResult } from '../../../app/ui/query-error-result';
import { PlanActions } from '../components/plan-actions';
import { PaymentStatusTag, PlanStatusTag } from '../components/plan-status-tag';
import { fetchPlan, type Payment, type PaymentStatus, type PlanDetail, plansKey } from '../finance-api';

const columns: ColumnsType<Payment> = [
  {
    title: '案件编号',
    dataIndex: 'caseNumber',
    key: 'caseNumber',
    render: (n: string, p) => <Link to={`/cases/${p.caseId}`}>{n}</Link>,
  },
  { title: '收款人', dataIndex: 'payeeName', key: 'payeeName' },
  { title: '金额', dataIndex: 'amount', key: 'amount', align: 'right', render: formatYuan },
  { title: '支付指令号', dataIndex: 'idempotencyKey', key: 'key' },
  {
    title: '支付状态',
    dataIndex: 'status',
    key: 'status',
    render: (s: PaymentStatus) => <PaymentStatusTag status={s} />,
  },
  { title: '银行流水号', dataIndex: 'bankReference', key: 'ref', render: (r: string | null) => r ?? '—' },
  {
    title: '失败原因',
    dataIndex: 'failureReason',
    key: 'reason',
    render: (r: string | null) => (r ? <Typography.Text type="danger">{r}</Typography.Text> : '—'),
  },
  {
    title: '时间',
    key: 'at',
    render: (_: unknown, p) => formatInstant(p.reconciledAt ?? p.failedAt ?? p.paidAt),
  },
];

function Totals({ plan }: { plan: PlanDetail }) {
  const t = plan.totals;
  const stats: [string, number, string][] = [
    ['合计', t.count, t.amount],
    ['待支付', t.pendingCount, t.pendingAmount],
    ['已支付', t.paidCount, t.paidAmount],
    ['支付失败', t.failedCount, t.failedAmount],
    ['已对账', t.reconciledCount, t.reconciledAmount],
  ];
  return (
    <Row gutter={[16, 16]} data-testid="plan-totals">
      {stats.map(([label, count, amount]) => (
        <Col key={label} xs={12} md={8} lg={4}>
          <Statistic
            title={label}
            value={`${count} 笔 / ${formatYuan(amount)}`}
            styles={{ content: { fontSize: 20 } }}
          />
        </Col>
      ))}
    </Row>
  );
}

function PaymentPlanDetail() {
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: [...plansKey, 'detail', id], queryFn: () => fetchPlan(id) });
  if (query.isLoading) return <PageSpin />;
  if (!query.data) return <QueryErrorResult error={query.error} onRetry={() => query.refetch()} />;
  const plan = query.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            {`用款计划 ${plan.number}`}
            <PlanStatusTag status={plan.status} />
            {plan.reconciled ? <Tag color="cyan">已对账</Tag> : null}
          </Space>
        }
        extra={<Link to="/finance/plans">返回列表</Link>}
      >
        <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
          <Descriptions.Item label="计划名称">{plan.title}</Descriptions.Item>
          <Descriptions.Item label="编制时间">{formatInstant(plan.createdAt)}</Descriptions.Item>
          <Descriptions.Item label="审批时间">{formatInstant(plan.approvedAt)}</Descriptions.Item>
          <Descriptions.Item label="支付完毕">{formatInstant(plan.paidAt)}</Descriptions.Item>
          <Descriptions.Item label="备注">{plan.note ?? '—'}</Descriptions.Item>
        </Descriptions>
        <Totals plan={plan} />
        <div style={{ marginTop: 16 }}>
          <PlanActions plan={plan} />
        </div>
      </Card>
      <Card title="支付明细">
        <Table<Payment>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={plan.payments}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          data-testid="plan-payments"
        />
      </Card>
    </Space>
  );
}

export function PaymentPlanDetailPage() {
  return (
    <PermissionGate permission="case:read">
      <PaymentPlanDetail />
    </PermissionGate>
  );
}
