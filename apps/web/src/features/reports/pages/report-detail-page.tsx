import { Alert, Card, Descriptions, Select, Space, Table } from 'antd';
import { useParams, useSearchParams } from 'react-router-dom';
import { EmptyState } from '../../../app/ui/empty-state';
import { PageSpin } from '../../../app/ui/page-spin';
import { QueryErrorResult } from '../../../app/ui/query-error-result';
import { ReportActions } from '../components/report-actions';
import { ReportFiguresTable } from '../components/report-figures-table';
import { ReportStatusTag } from '../components/report-status-tag';
import { type ReportDetail, statusLabel, useReport } from '../report-api';

type Change = ReportDetail['changes'][number];
const figureText = (f: Change['before']) =>
  f === null ? '—' : 'numerator' in f ? `${f.numerator}/${f.denominator}` : (f.value ?? '—');

function Changes({ report }: { report: ReportDetail }) {
  if (report.version.version === 1) return null;
  return (
    <Card title={`第 ${report.version.version} 版更正内容`} style={{ marginTop: 16 }}>
      <p>更正原因：{report.version.reason}</p>
      <Table<Change>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={report.changes}
        locale={{ emptyText: <EmptyState description="与上一版本相比没有数据变化" /> }}
        columns={[
          { title: '指标', dataIndex: 'row', key: 'row' },
          { title: '栏目', dataIndex: 'column', key: 'column' },
          { title: '上一版本', key: 'before', render: (_: unknown, c) => figureText(c.before) },
          { title: '本版本', key: 'after', render: (_: unknown, c) => figureText(c.after) },
        ]}
        data-testid="report-changes"
      />
    </Card>
  );
}

/** One report: its figures in the chosen version, the steps, the versions and what a correction changed. */
export function ReportDetailPage() {
  const { id = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const version = search.get('version') ? Number(search.get('version')) : undefined;
  const report = useReport(id, version);
  if (report.error) return <QueryErrorResult error={report.error} onRetry={() => report.refetch()} />;
  const r = report.data;
  if (!r) return <PageSpin />;
  const v = r.version;
  const differs = r.table.rows.some((row) => row.cells.some((c) => c?.differs));
  const setVersion = (n?: number) => setSearch(n ? { version: String(n) } : {});

  return (
    <>
      <Card
        title={`${r.orgName} ${r.period.label} ${r.template.title}`}
        extra={<ReportActions report={r} onVersion={setVersion} />}
      >
        <Descriptions size="small" column={3} style={{ marginBottom: 16 }}>
          <Descriptions.Item label="表号">{r.template.formNumber}</Descriptions.Item>
          <Descriptions.Item label="制定机关">{r.template.prescribedBy}</Descriptions.Item>
          <Descriptions.Item label="状态">
            <span data-testid="report-status">
              <ReportStatusTag status={v.status} overdue={v.version === r.currentVersion && r.overdue} />
            </span>
          </Descriptions.Item>
          <Descriptions.Item label="版本">
            <Space>
              <Select
                aria-label="版本"
                value={v.version}
                style={{ width: 200 }}
                options={r.versions.map((x) => ({
                  value: x.version,
                  label: `第 ${x.version} 版（${statusLabel[x.status]}）`,
                }))}
                onChange={(n) => setVersion(n)}
                data-testid="report-version"
              />
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label="报送时限">{r.dueOn}</Descriptions.Item>
          <Descriptions.Item label="报出日期">{v.submittedOn ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="单位负责人">{v.unitHead ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="填表人">{v.preparer ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="生成时间">
            {new Date(v.generatedAt).toLocaleString('zh-CN')}
          </Descriptions.Item>
        </Descriptions>
        {v.status !== 'draft' ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title="本版本已上报并锁定：数据不随业务记录变化，更正须生成新版本并说明原因。"
          />
        ) : null}
        {v.reviewNote ? (
          <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={`审核意见：${v.reviewNote}`} />
        ) : null}
        {differs ? (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title="标注「当前」的数据与按现有业务记录重新计算的结果不同。"
          />
        ) : null}
        <ReportFiguresTable table={r.table} testId="report-table" />
      </Card>
      <Changes report={r} />
    </>
  );
}
