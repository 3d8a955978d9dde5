import { Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { type RecruitmentResults, unitKindLabels } from '../recruitment-api';

type Row = RecruitmentResults['units'][number];

const columns: ColumnsType<Row> = [
  { title: '名次', dataIndex: 'rank', key: 'rank', width: 70 },
  { title: '单位', dataIndex: 'name', key: 'name' },
  {
    title: '类别',
    dataIndex: 'kind',
    key: 'kind',
    render: (k: Row['kind']) => (k ? unitKindLabels[k] : '—'),
  },
  { title: '年度任务（50）', dataIndex: 'annualTaskScore', key: 'annual', align: 'right' },
  { title: '专项任务（30）', dataIndex: 'specialTaskScore', key: 'special', align: 'right' },
  { title: '其它工作', dataIndex: 'otherScore', key: 'other', align: 'right' },
  { title: '综合得分', dataIndex: 'total', key: 'total', align: 'right' },
  {
    title: '评先',
    key: 'award',
    render: (_: unknown, r) =>
      r.award ? <Tag color="gold">先进单位 {r.award} 元</Tag> : r.reasons.join('；') || '—',
  },
];

/** The ranking as `scoreRecruitment` computed it: scores, rank, advanced units and why not. */
export function RecruitmentResultsTable({ results }: { results: RecruitmentResults }) {
  return (
    <Table
      rowKey="unitId"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={results.units}
      data-testid="recruitment-results"
    />
  );
}
