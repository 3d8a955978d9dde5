import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Space, Table } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../../../../app/api-error';
import { formatInstant } from '../../../../app/format/date-time';
import { formatYuan } from '../../../../app/format/money';
import { EmptyState } from '../../../../app/ui/empty-state';
import { NotFoundPage } from '../../../../app/ui/not-found-page';
import { PageSpin } from '../../../../app/ui/page-spin';
import { PageTitle } from '../../../../app/ui/page-title';
import { PermissionGate } from '../../../../app/ui/permission-gate';
import { QueryErrorResult } from '../../../../app/ui/query-error-result';
import { monthSpan } from '../components/status-tags';
import { entitlementsKey, fetchRun, type RunLine } from '../recurring-api';

const holder = {
  title: '享受人员',
  key: 'holder',
  render: (_: unknown, l: RunLine) => <Link to={`/entitlements/${l.entitlementId}`}>{l.holderName}</Link>,
};
const idNumber = { title: '证件号码', dataIndex: 'holderIdNumberMasked', key: 'id' };

function RunView({ id }: { id: string }) {
  const query = useQuery({ queryKey: [...entitlementsKey, 'run', id], queryFn: () => fetchRun(id) });
  if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
  if (query.error) return <QueryErrorResult error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <PageSpin />;
  const r = query.data;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card title={<PageTitle>{`发放名单 ${r.number}`}</PageTitle>}>
        <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} data-testid="run-summary">
          <Descriptions.Item label="政策">{r.policyName}</Descriptions.Item>
          <Descriptions.Item label="发放月份">{monthSpan(r.periodStart, r.periodEnd)}</Descriptions.Item>
          <Descriptions.Item label="列入名单">{`${r.listedCount} 人，${formatYuan(r.totalAmount)}`}</Descriptions.Item>
          <Descriptions.Item label="停发">{`${r.stoppedCount} 人`}</Descriptions.Item>
          <Descriptions.Item label="多发追回">
            {r.recoveryCount > 0 ? (
              <Link to="/entitlements/recoveries">{`${r.recoveryCount} 项，查看`}</Link>
            ) : (
              '无'
            )}
          </Descriptions.Item>
          <Descriptions.Item label="申领批次">
            {r.batchId ? (
              <Link to={`/case-batches/${r.batchId}`} data-testid="run-batch-link">
                {r.batchNumber ?? '查看批次'}
              </Link>
            ) : (
              '—'
            )}
          </Descriptions.Item>
          <Descriptions.Item label="生成时间">{formatInstant(r.createdAt)}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={<h2 style={{ fontSize: 15, margin: 0 }}>列入名单</h2>} size="small">
        <Table<RunLine>
          rowKey="periodId"
          size="small"
          pagination={false}
          dataSource={r.lines.filter((l) => l.outcome === 'listed')}
          locale={{ emptyText: <EmptyState description="本期无列入名单的人员" /> }}
          data-testid="run-listed"
          columns={[
            holder,
            idNumber,
            {
              title: '月份',
              key: 'months',
              render: (_: unknown, l) => monthSpan(l.fromMonth, l.paidToMonth ?? l.toMonth),
            },
            {
              title: '金额',
              dataIndex: 'amount',
              key: 'amount',
              align: 'right',
              render: (a: string | null) => (a === null ? '—' : formatYuan(a)),
            },
            {
              title: '申领案件',
              key: 'case',
              render: (_: unknown, l) =>
                l.caseId ? <Link to={`/cases/${l.caseId}`}>{l.caseNumber}</Link> : '—',
            },
            { title: '说明', dataIndex: 'reason', key: 'reason', render: (x: string | null) => x ?? '—' },
          ]}
        />
      </Card>
      <Card title={<h2 style={{ fontSize: 15, margin: 0 }}>停发</h2>} size="small">
        <Table<RunLine>
          rowKey="periodId"
          size="small"
          pagination={false}
          dataSource={r.lines.filter((l) => l.outcome === 'stopped')}
          locale={{ emptyText: <EmptyState description="本期无停发" /> }}
          data-testid="run-stopped"
          columns={[
            holder,
            idNumber,
            { title: '月份', key: 'months', render: (_: unknown, l) => monthSpan(l.fromMonth, l.toMonth) },
            {
              title: '停发原因',
              key: 'reason',
              render: (_: unknown, l) => (
                <span data-testid="run-stop-reason">{l.reason ?? l.stopLabel ?? ''}</span>
              ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}

/** 发放名单: who is listed with the case filed and the amount, who is stopped and why. */
export function RunPage() {
  const { id } = useParams();
  return (
    <PermissionGate permission="entitlement:read">
      <RunView key={id} id={id ?? ''} />
    </PermissionGate>
  );
}
