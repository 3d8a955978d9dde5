import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { LinkButton } from '../../../../app/ui/link-button';
import { PermissionGate } from '../../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { ProgressFilters } from '../../../training/progress/components/progress-filters';
import { percent } from '../../../training/progress/progress-api';
import { useProgressWhere } from '../../../training/progress/use-progress-where';
import {
  entrepreneurshipKpisKey,
  fetchKpis,
  type KpiFigure,
  type KpiIndicator,
  kpiDrillPath,
  kpiFigureLabels,
  kpiReportPath,
} from '../kpis-api';

const statusTag = {
  met: <Tag color="success">达到</Tag>,
  not_met: <Tag color="error">未达到</Tag>,
  no_data: <Tag>无数据</Tag>,
} as const;

const targetText = (i: KpiIndicator) =>
  i.kind === 'count'
    ? `${i.target}人`
    : i.id === 'syb_jobs_per_business'
      ? `每户带动${i.target}人以上`
      : `${percent(Number(i.target))}以上`;

function KpisContent() {
  const { where, set } = useProgressWhere();
  const kpis = useQuery({ queryKey: [...entrepreneurshipKpisKey, where], queryFn: () => fetchKpis(where) });
  const k = kpis.data;
  const drill = (figure: KpiFigure, text: string | number) => (
    <Link
      to={kpiDrillPath(where, figure)}
      style={{ textDecoration: 'underline' }}
      data-testid={`kpi-drill-${figure}`}
    >
      {text}
    </Link>
  );
  return (
    <Card
      title={`创业计划进展${k ? `：${k.org.name} ${k.period.label}` : ''}`}
      extra={
        <Space>
          <ProgressFilters where={where} onChange={set} />
          <LinkButton to={kpiReportPath(where)} data-testid="kpis-report">
            进展情况报告
          </LinkButton>
        </Space>
      }
      data-testid="entrepreneurship-kpis-page"
    >
      <QueryErrorAlert error={kpis.error} onRetry={() => kpis.refetch()} />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Table<KpiIndicator>
          rowKey="id"
          size="small"
          pagination={false}
          loading={kpis.isFetching}
          dataSource={k?.indicators}
          columns={[
            { title: '指标', dataIndex: 'label' },
            { title: '目标', key: 'target', render: (_, i) => targetText(i) },
            {
              title: '实际（分子/分母）',
              key: 'fraction',
              render: (_, i) => {
                if (!i.drill) return '—';
                if (i.kind === 'count') return drill(i.drill.numerator, i.numerator ?? 0);
                if (i.id === 'syb_jobs_per_business')
                  return (
                    <span>
                      带动 {k?.figures.jobs ?? 0} 人 / {drill('businesses', `${i.denominator ?? 0} 户`)}
                    </span>
                  );
                return (
                  <span>
                    {drill(i.drill.numerator, i.numerator ?? 0)} /{' '}
                    {i.drill.denominator ? drill(i.drill.denominator, i.denominator ?? 0) : '—'}
                  </span>
                );
              },
            },
            {
              title: '完成值',
              key: 'actual',
              render: (_, i) =>
                i.actual === null
                  ? '—'
                  : i.kind === 'count' || i.id === 'syb_jobs_per_business'
                    ? i.actual
                    : percent(Number(i.actual)),
            },
            {
              title: '是否达到',
              key: 'status',
              render: (_, i) => <span title={i.sentence}>{statusTag[i.status]}</span>,
            },
            { title: '依据', dataIndex: 'citation' },
          ]}
          data-testid="entrepreneurship-kpis-table"
        />
        {k && (
          <Descriptions title="统计数字" size="small" bordered column={2}>
            {(Object.keys(kpiFigureLabels) as KpiFigure[]).map((f) => (
              <Descriptions.Item key={f} label={kpiFigureLabels[f]}>
                {drill(f, k.figures[f])}
              </Descriptions.Item>
            ))}
            <Descriptions.Item label="带动就业人数">{k.figures.jobs}</Descriptions.Item>
            <Descriptions.Item label="考核合格率">
              {k.figures.trainees === 0 ? '—' : percent(k.figures.passed / k.figures.trainees)}
            </Descriptions.Item>
          </Descriptions>
        )}
        {k && (
          <div>
            <Typography.Title level={5}>统计口径</Typography.Title>
            {k.note && <Typography.Paragraph type="secondary">{k.note}</Typography.Paragraph>}
            {Object.values(k.definitions).map((text) => (
              <Typography.Paragraph key={text} type="secondary">
                {text}
              </Typography.Paragraph>
            ))}
          </div>
        )}
      </Space>
    </Card>
  );
}

export function EntrepreneurshipKpisPage() {
  return (
    <PermissionGate permission="entrepreneurship:read">
      <KpisContent />
    </PermissionGate>
  );
}
