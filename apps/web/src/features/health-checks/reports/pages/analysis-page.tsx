import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Col, Result, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { usePermissions } from '../../../../app/auth/use-me';
import { PageTitle } from '../../../../app/ui/page-title';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { BarChart } from '../../../dashboard/bar-chart';
import { PlanPicker } from '../../plans/components/plan-picker';
import { SubmitAnalysisModal } from '../components/submit-analysis-modal';
import {
  type Analysis,
  downloadAnalysis,
  fetchAnalysis,
  fetchAnalysisSubmissions,
  fetchOverview,
  reportsKey,
  useReportPlans,
} from '../reports-api';

type Cell = Analysis['figures']['examined'];
/** A suppressed cell ("<5") is drawn as no bar: the chart must not reveal what the table hides. */
const bar = (c: Cell) => (c === '<5' ? 0 : c);
const cellColumn = (title: string, dataIndex: string) => ({
  title,
  dataIndex,
  width: 110,
  align: 'right' as const,
});
const noop = () => {};

function Figures({ a }: { a: Analysis }) {
  const f = a.figures;
  return (
    <Space orientation="vertical" size="large" style={{ width: '100%' }}>
      <Space size="large" wrap>
        <Statistic title="体检人数" value={f.examined} />
        <Statistic title="有异常发现人数" value={f.withFindings} />
        <Typography.Text type="secondary">
          年龄按计划开始日（{a.plan.startOn}）计算；不足5人的单元格显示为“&lt;5”，图中不画出。
        </Typography.Text>
      </Space>
      <Row gutter={16}>
        <Col xs={24} lg={12}>
          <Card size="small" title="按年龄段">
            <BarChart
              label="各年龄段体检人数与有异常发现人数"
              categories={f.byAgeBand.map((b) => b.label)}
              series={[
                { name: '体检人数', data: f.byAgeBand.map((b) => bar(b.persons)) },
                { name: '有异常发现', data: f.byAgeBand.map((b) => bar(b.withFindings)) },
              ]}
              onBarClick={noop}
              testId="analysis-age-chart"
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title="按异常发现">
            <BarChart
              label="各类异常发现人数"
              categories={f.byFinding.map((x) => x.label)}
              series={[{ name: '人数', data: f.byFinding.map((x) => bar(x.persons)) }]}
              onBarClick={noop}
              height={300}
              testId="analysis-finding-chart"
            />
          </Card>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} lg={8}>
          <Table
            size="small"
            rowKey="code"
            pagination={false}
            title={() => '按性别'}
            dataSource={f.bySex}
            columns={[
              { title: '性别', dataIndex: 'label' },
              cellColumn('体检人数', 'persons'),
              cellColumn('有异常发现', 'withFindings'),
            ]}
          />
        </Col>
        <Col xs={24} lg={16}>
          <Table
            size="small"
            rowKey="name"
            pagination={false}
            title={() => '按参检单位（体检人数前十位）'}
            dataSource={f.byEmployer}
            columns={[
              { title: '参检单位', dataIndex: 'name' },
              cellColumn('体检人数', 'persons'),
              cellColumn('有异常发现', 'withFindings'),
            ]}
            data-testid="analysis-employers"
          />
        </Col>
      </Row>
      <Table
        size="small"
        rowKey="code"
        pagination={false}
        title={() => '按异常发现'}
        dataSource={f.byFinding}
        columns={[
          { title: '异常发现', dataIndex: 'label' },
          cellColumn('人数', 'persons'),
          ...f.byAgeBand.map((b, i) => ({
            title: b.label,
            key: b.code,
            align: 'right' as const,
            render: (_: unknown, x: Analysis['figures']['byFinding'][number]) => x.byAgeBand[i],
          })),
          cellColumn('男', 'male'),
          cellColumn('女', 'female'),
        ]}
        data-testid="analysis-findings"
      />
    </Space>
  );
}

/** 体检分析报告 (第十六条): the plan's figures by age, sex, employer and finding; hospitals submit theirs. */
export function AnalysisPage() {
  const can = usePermissions();
  const { message } = App.useApp();
  const allowed = can('health_check:read') || can('health_check:operate');
  const plans = useReportPlans(allowed);
  const [chosen, setChosen] = useState<string>();
  const [hospitalId, setHospitalId] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  const planId = chosen ?? plans.data?.plans[0]?.id;
  const bureau = plans.data ? !plans.data.hospital : false;
  const analysis = useQuery({
    queryKey: [...reportsKey, 'analysis', planId, hospitalId],
    queryFn: () => fetchAnalysis(planId!, hospitalId),
    enabled: Boolean(planId),
  });
  const hospitals = useQuery({
    queryKey: [...reportsKey, 'overview', planId],
    queryFn: () => fetchOverview(planId!),
    enabled: Boolean(planId) && bureau,
  });
  const submissions = useQuery({
    queryKey: [...reportsKey, 'analysis-submissions', planId],
    queryFn: () => fetchAnalysisSubmissions(planId!),
    enabled: Boolean(planId),
  });
  const exportXlsx = useMutation({
    mutationFn: () => downloadAnalysis(planId!, hospitalId),
    onSuccess: () => message.success('导出完成'),
  });
  if (!allowed) return <Result status="403" title="无权访问" subTitle="您没有访问此页面的权限。" />;
  return (
    <Card
      title={<PageTitle>体检分析报告</PageTitle>}
      extra={
        <Space wrap>
          <Link to="/health-checks/weekly-reports">体检进度周报</Link>
          <PlanPicker
            plans={plans.data?.plans ?? []}
            value={planId}
            onChange={setChosen}
            testId="report-plan"
          />
          {bureau && (
            <Select
              allowClear
              placeholder="全部定点体检医院"
              style={{ minWidth: 200 }}
              value={hospitalId}
              onChange={setHospitalId}
              options={(hospitals.data?.hospitals ?? []).map((h) => ({ value: h.id, label: h.name }))}
              data-testid="analysis-hospital"
            />
          )}
          <Button
            icon={<DownloadOutlined />}
            disabled={!planId}
            loading={exportXlsx.isPending}
            onClick={() => exportXlsx.mutate()}
            data-testid="analysis-export"
          >
            导出Excel
          </Button>
          {!bureau && planId && (
            <Button type="primary" onClick={() => setSubmitting(true)} data-testid="analysis-submit">
              提交分析报告
            </Button>
          )}
        </Space>
      }
    >
      <QueryErrorAlert error={plans.error ?? analysis.error} onRetry={() => void analysis.refetch()} />
      {analysis.data && <Figures a={analysis.data} />}
      <Table
        style={{ marginTop: 24 }}
        size="small"
        rowKey="id"
        pagination={false}
        title={() => <strong>{bureau ? '各医院提交的分析报告' : '本院已提交的分析报告'}</strong>}
        dataSource={submissions.data ?? []}
        locale={{ emptyText: '尚未提交' }}
        columns={[
          { title: '体检医院', dataIndex: 'hospitalName', width: 220 },
          { title: '提交日期', dataIndex: 'submittedAt', width: 120, render: (v: string) => v.slice(0, 10) },
          {
            title: '分析说明',
            dataIndex: 'narrative',
            render: (v: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{v}</span>,
          },
        ]}
        data-testid="analysis-submissions"
      />
      {submitting && planId && <SubmitAnalysisModal planId={planId} onClose={() => setSubmitting(false)} />}
    </Card>
  );
}
