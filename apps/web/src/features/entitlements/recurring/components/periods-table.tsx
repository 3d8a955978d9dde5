import { Table } from 'antd';
import { Link } from 'react-router-dom';
import { formatYuan } from '../../../../app/format/money';
import { EmptyState } from '../../../../app/ui/empty-state';
import type { EntitlementPeriod } from '../recurring-api';
import { CaseStatusLabel, monthSpan, OutcomeTag } from './status-tags';

/** An entitlement's periods: listed with the case filed and its amount, or stopped with the reason. */
export function PeriodsTable({ periods }: { periods: EntitlementPeriod[] }) {
  return (
    <Table<EntitlementPeriod>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={periods}
      locale={{ emptyText: <EmptyState description="尚未列入发放名单" /> }}
      data-testid="entitlement-periods"
      columns={[
        {
          title: '月份',
          key: 'months',
          render: (_: unknown, p) =>
            p.outcome === 'listed' && p.paidToMonth && p.paidToMonth !== p.toMonth
              ? `${monthSpan(p.fromMonth, p.paidToMonth)}（本期至 ${p.toMonth}）`
              : monthSpan(p.fromMonth, p.toMonth),
        },
        { title: '结果', key: 'outcome', render: (_: unknown, p) => <OutcomeTag outcome={p.outcome} /> },
        {
          title: '案件',
          key: 'case',
          render: (_: unknown, p) => (p.caseId ? <Link to={`/cases/${p.caseId}`}>{p.caseNumber}</Link> : '—'),
        },
        {
          title: '案件状态',
          key: 'caseStatus',
          render: (_: unknown, p) => <CaseStatusLabel status={p.caseStatus} label={p.caseStatusLabel} />,
        },
        {
          title: '金额',
          dataIndex: 'amount',
          key: 'amount',
          align: 'right',
          render: (a: string | null) => (a === null ? '—' : formatYuan(a)),
        },
        { title: '停发原因', dataIndex: 'reason', key: 'reason', render: (r: string | null) => r ?? '—' },
      ]}
    />
  );
}
