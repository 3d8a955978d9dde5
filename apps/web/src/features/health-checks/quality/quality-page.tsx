import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Result, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { usePermissions } from '../../../app/auth/use-me';
import { EmptyState } from '../../../app/ui/empty-state';
import { PageTitle } from '../../../app/ui/page-title';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { HospitalSelect, PlanSelect, usePlanHospital } from './plan-hospital-select';
import {
  fetchQuality,
  type QualityRate,
  type QualitySample,
  type QualitySurvey,
  qualityKey,
} from './quality-api';
import { SampleModal, SurveyModal } from './quality-modals';

const limitText = (r: QualityRate) => (r.kind === 'max' ? `≤${r.limit}%` : `≥${r.limit}%`);

function RatesCard({ rates, missing }: { rates: QualityRate[]; missing: string | null }) {
  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 15, margin: 0 }}>质量指标（第二十条，由抽查和调查记录计算）</h2>}
    >
      {missing ? <Alert type="warning" showIcon title={missing} style={{ marginBottom: 12 }} /> : null}
      <Table<QualityRate>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={rates}
        data-testid="quality-rates"
        columns={[
          { title: '指标', dataIndex: 'label' },
          {
            title: '比率',
            dataIndex: 'value',
            align: 'right',
            render: (v: string | null, r) =>
              v === null ? (
                <Typography.Text type="secondary">无记录</Typography.Text>
              ) : (
                <Typography.Text
                  type={r.out ? 'danger' : undefined}
                  strong={!!r.out}
                  data-testid={`quality-rate-${r.id}`}
                >
                  {`${v}%`}
                </Typography.Text>
              ),
          },
          { title: '标准', key: 'limit', render: (_: unknown, r) => limitText(r) },
          {
            title: '结果',
            dataIndex: 'out',
            render: (out: boolean | null) =>
              out === null ? null : out ? <Tag color="red">不达标，扣款</Tag> : <Tag color="green">达标</Tag>,
          },
        ]}
      />
    </Card>
  );
}

/** 质量抽查与满意率: the 医保处's audit samples and opinion-box surveys of a hospital, and the four rates. */
export function QualityPage() {
  const can = usePermissions();
  const allowed = can('health_check:read') || can('health_check:operate');
  const choice = usePlanHospital();
  const { planId, hospitalId } = choice;
  const [dialog, setDialog] = useState<'sample' | 'survey' | null>(null);
  const overview = useQuery({
    queryKey: [...qualityKey, 'overview', hospitalId, planId],
    queryFn: () => fetchQuality(hospitalId!, planId!),
    enabled: allowed && !!planId && !!hospitalId,
  });
  if (!allowed) return <Result status="403" title="无权访问" subTitle="您没有访问此页面的权限。" />;
  const manage = can('health_check:manage');
  const o = overview.data;
  const scope = planId && hospitalId ? { planId, hospitalId } : null;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Card
        title={<PageTitle>质量抽查与满意率</PageTitle>}
        extra={
          <Space wrap>
            <PlanSelect choice={choice} />
            <HospitalSelect choice={choice} />
          </Space>
        }
      >
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          第二十条：检查检验结果差错率、检验项目漏检率、数据录入差错率均不得高于1%，体检人员满意率不得低于98%，否则每超出（低于）1个百分点扣除应拨付体检费用的1%。比率按抽查和调查记录合计计算（保留4位小数，四舍五入），不能手工填写。
        </Typography.Paragraph>
        <QueryErrorAlert error={choice.choices.error} onRetry={() => void choice.choices.refetch()} />
        <QueryErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />
        {!scope ? <EmptyState description="请选择体检计划和体检医院" /> : null}
      </Card>
      {o && scope ? (
        <>
          <RatesCard rates={o.rates} missing={o.missing} />
          <Card
            size="small"
            title={
              <h2
                style={{ fontSize: 15, margin: 0 }}
              >{`质量抽查（${o.samples.length} 份，${o.itemsChecked} 项）`}</h2>
            }
            extra={
              manage ? (
                <Button type="primary" onClick={() => setDialog('sample')} data-testid="quality-sample-add">
                  录入抽查结果
                </Button>
              ) : null
            }
          >
            <Table<QualitySample>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={o.samples}
              locale={{ emptyText: <EmptyState description="尚未抽查" /> }}
              data-testid="quality-samples"
              columns={[
                { title: '体检职工', dataIndex: 'examinee' },
                { title: '证件号码', dataIndex: 'idNumberMasked' },
                { title: '体检日期', dataIndex: 'examinedOn' },
                { title: '抽查日期', dataIndex: 'sampledOn' },
                { title: '抽查项目', dataIndex: 'itemsChecked', align: 'right' },
                { title: '结果差错', dataIndex: 'resultErrors', align: 'right' },
                { title: '漏检', dataIndex: 'omittedItems', align: 'right' },
                { title: '录入差错', dataIndex: 'entryErrors', align: 'right' },
                { title: '说明', dataIndex: 'note' },
              ]}
            />
          </Card>
          <Card
            size="small"
            title={<h2 style={{ fontSize: 15, margin: 0 }}>{`满意率调查（${o.forms} 份调查表）`}</h2>}
            extra={
              manage ? (
                <Button type="primary" onClick={() => setDialog('survey')} data-testid="quality-survey-add">
                  录入满意率调查
                </Button>
              ) : null
            }
          >
            <Table<QualitySurvey>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={o.surveys}
              locale={{ emptyText: <EmptyState description="尚未录入满意率调查" /> }}
              data-testid="quality-surveys"
              columns={[
                { title: '汇总日期', dataIndex: 'collectedOn' },
                { title: '收回调查表', dataIndex: 'forms', align: 'right' },
                { title: '满意', dataIndex: 'satisfied', align: 'right' },
                { title: '说明', dataIndex: 'note' },
              ]}
            />
          </Card>
          {dialog === 'sample' ? (
            <SampleModal scope={scope} packageItems={o.plan.packageItems} onClose={() => setDialog(null)} />
          ) : null}
          {dialog === 'survey' ? <SurveyModal scope={scope} onClose={() => setDialog(null)} /> : null}
        </>
      ) : null}
    </Space>
  );
}
