import { Card, Descriptions, Empty, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { Link } from 'react-router-dom';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { type ReportOverview, useReportOverview } from '../report-api';
import { ReportFiguresTable } from './report-figures-table';
import { ReportStatusTag } from './report-status-tag';

type Row = ReportOverview['rows'][number];

const columns: ColumnsType<Row> = [
  {
    title: '填报单位',
    key: 'org',
    render: (_: unknown, r) =>
      r.report ? <Link to={`/reports/${r.report.id}`}>{r.org.name}</Link> : r.org.name,
  },
  {
    title: '状态',
    key: 'status',
    render: (_: unknown, r) => <ReportStatusTag status={r.report?.status ?? null} overdue={r.overdue} />,
  },
  {
    title: '已上报版本',
    key: 'submitted',
    render: (_: unknown, r) =>
      r.submittedVersion ? `第 ${r.submittedVersion.version} 版（${r.submittedVersion.submittedOn}）` : '—',
  },
  { title: '报送时限', dataIndex: 'dueOn', key: 'dueOn' },
];

/** A level's view of one report and period: who reported, who is overdue, and the roll-up. */
export function ReportOverviewCard({ templateCode, period }: { templateCode?: string; period?: string }) {
  const overview = useReportOverview(templateCode, period);
  if (!templateCode || !period) return null;
  const o = overview.data;
  return (
    <Card title="下级报送情况与汇总" style={{ marginTop: 16 }} data-testid="report-overview">
      <QueryErrorAlert error={overview.error} onRetry={() => overview.refetch()} />
      <Table<Row>
        rowKey={(r) => String(r.org.id)}
        size="small"
        pagination={false}
        loading={overview.isFetching}
        columns={columns}
        dataSource={o?.rows}
        data-testid="report-overview-table"
      />
      {o ? (
        <>
          <Descriptions size="small" style={{ marginTop: 16 }} column={3}>
            <Descriptions.Item label="汇总单位">{o.org.name}</Descriptions.Item>
            <Descriptions.Item label="报告期">{o.period.label}</Descriptions.Item>
            <Descriptions.Item label="已纳入汇总">
              <span data-testid="report-rollup-count">
                {o.rollUp.reporters} / {o.rollUp.of} 个单位
              </span>
            </Descriptions.Item>
          </Descriptions>
          {o.rollUp.reporters > 0 ? (
            <ReportFiguresTable table={o.rollUp.table} testId="report-rollup-table" />
          ) : (
            <Empty description="尚无已上报的报表" />
          )}
        </>
      ) : null}
    </Card>
  );
}
