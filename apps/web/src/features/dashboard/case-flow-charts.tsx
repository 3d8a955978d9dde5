import { useQuery } from '@tanstack/react-query';
import { Card, Col, Empty, Row } from 'antd';
import { useNavigate } from 'react-router-dom';
import { QueryErrorAlert } from '../../app/ui/query-error-alert';
import {
  approvedStatuses,
  type CaseWork,
  casesPath,
  fetchPolicyMonths,
  type PolicyMonths,
  statisticsKey,
} from '../statistics/statistics-api';
import { BarChart } from './bar-chart';

const yuan = (fen: number) => `${(fen / 100).toLocaleString('zh-CN')}`;
const lastDayOf = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

/** Amounts per month, one series per policy (case type), and the case list behind each bar. */
function PolicyMonthChart(props: {
  code: 'subsidies_approved' | 'subsidies_paid';
  year: number;
  title: string;
}) {
  const navigate = useNavigate();
  const q = useQuery({
    queryKey: [...statisticsKey, 'by-policy', props.code, props.year],
    queryFn: () => fetchPolicyMonths(props.code, { period: 'year', year: props.year }),
  });
  const rows: PolicyMonths['rows'] = q.data?.rows ?? [];
  const months = [...new Set(rows.map((r) => r.month))].sort();
  const types = [...new Map(rows.map((r) => [r.caseTypeId, r.caseTypeName]))];
  const series = types.map(([id, name]) => ({
    name,
    data: months.map((m) => rows.find((r) => r.caseTypeId === id && r.month === m)?.amountFen ?? 0),
  }));
  const open = (i: number, s: number) => {
    const month = months[i]!;
    const span = { from: `${month}-01`, to: lastDayOf(month) };
    const caseTypeId = types[s]![0];
    navigate(
      casesPath(
        props.code === 'subsidies_paid'
          ? { caseTypeId, paidFrom: span.from, paidTo: span.to }
          : { caseTypeId, status: approvedStatuses, decidedFrom: span.from, decidedTo: span.to },
      ),
    );
  };
  return (
    <Card size="small" title={`${props.title}（元，${props.year}年按月、按政策）`}>
      <QueryErrorAlert error={q.error} onRetry={() => q.refetch()} />
      {months.length === 0 ? (
        <Empty description="本年暂无" />
      ) : (
        <BarChart
          label={`${props.title}按月按政策`}
          categories={months}
          series={series}
          stacked
          format={(v) => yuan(v)}
          onBarClick={open}
          testId={`chart-${props.code}`}
        />
      )}
    </Card>
  );
}

/** Reviewer and finance: the queue by stage, amounts approved and paid, overdue cases by station. */
export function CaseFlowCharts({ work }: { work: CaseWork }) {
  const navigate = useNavigate();
  const year = Number(work.today.slice(0, 4));
  const open = work.byStatus.filter(
    (s) => !['draft', 'withdrawn', 'rejected', 'reconciled'].includes(s.status),
  );
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col xs={24} lg={12}>
        <Card size="small" title="各环节案件数">
          {open.length === 0 ? (
            <Empty description="暂无在办案件" />
          ) : (
            <BarChart
              label="各环节在办案件数"
              categories={open.map((s) => s.label)}
              series={[{ name: '案件数', data: open.map((s) => s.count) }]}
              onBarClick={(i) => navigate(casesPath({ status: open[i]!.status }))}
              testId="chart-by-stage"
            />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title="各站逾期案件数">
          {work.overdueByStation.length === 0 ? (
            <Empty description="没有逾期案件" />
          ) : (
            <BarChart
              label="各街道（乡镇）逾期案件数"
              categories={work.overdueByStation.map((s) => s.org.name)}
              series={[{ name: '逾期案件', data: work.overdueByStation.map((s) => s.count) }]}
              onBarClick={(i) =>
                navigate(casesPath({ orgId: work.overdueByStation[i]!.org.id, overdue: true }))
              }
              testId="chart-overdue-by-station"
            />
          )}
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <PolicyMonthChart code="subsidies_approved" year={year} title="批准金额" />
      </Col>
      <Col xs={24} lg={12}>
        <PolicyMonthChart code="subsidies_paid" year={year} title="拨付金额" />
      </Col>
    </Row>
  );
}
