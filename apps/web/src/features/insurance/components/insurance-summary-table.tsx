import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { KindSummary } from '../insurance-types';

const span = (k: KindSummary) => (k.firstMonth ? `${k.firstMonth} 至 ${k.lastMonth}` : '—');

const columns: ColumnsType<KindSummary> = [
  { title: '险种', dataIndex: 'label', key: 'label' },
  {
    title: '累计缴费',
    key: 'insuredMonths',
    render: (_, k) => (
      <span data-testid={`insured-months-${k.kind}`}>
        {k.insuredMonths} 个月
        {k.fullYears > 0 ? <Tag style={{ marginLeft: 8 }}>满{k.fullYears}年</Tag> : null}
      </span>
    ),
  },
  {
    title: '连续缴费至今',
    dataIndex: 'continuousMonthsToDate',
    key: 'continuous',
    render: (n: number) => `${n} 个月`,
  },
  {
    title: '最长连续',
    dataIndex: 'longestContinuousMonths',
    key: 'longest',
    render: (n: number) => `${n} 个月`,
  },
  { title: '缴费期间', key: 'span', render: (_, k) => span(k) },
  {
    title: '欠缴',
    dataIndex: 'arrearsMonths',
    key: 'arrears',
    render: (n: number) => (n > 0 ? <Tag color="red">{n} 个月</Tag> : '—'),
  },
];

/** Per insurance kind: what the policies ask ("满3年", "连续缴费6个月"). */
export function InsuranceSummaryTable({
  kinds,
  loading,
}: {
  kinds: KindSummary[] | undefined;
  loading: boolean;
}) {
  return (
    <Table<KindSummary>
      rowKey="kind"
      size="small"
      columns={columns}
      dataSource={kinds}
      loading={loading}
      pagination={false}
      data-testid="insurance-summary"
    />
  );
}
