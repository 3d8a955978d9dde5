import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { usePermissions } from '../../../../app/auth/use-me';
import { EmptyState } from '../../../../app/ui/empty-state';
import { PermissionGate } from '../../../../app/ui/permission-gate';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { BarChart } from '../../../dashboard/bar-chart';
import { ProgressFilters } from '../components/progress-filters';
import { TargetModal } from '../components/target-modal';
import {
  fetchProgress,
  fetchTargets,
  figureLabels,
  type ProgressFigure,
  type ProgressRow,
  type ProgressWhere,
  percent,
  trainingProgressKey,
  whereSearch,
} from '../progress-api';
import { useProgressWhere } from '../use-progress-where';

const statusTag = {
  met: <Tag color="success">达到</Tag>,
  not_met: <Tag color="error">未达到</Tag>,
  no_target: <Tag>未设目标</Tag>,
  no_data: <Tag>无数据</Tag>,
} as const;

const drillPath = (w: ProgressWhere, orgId: number, figure: ProgressFigure) =>
  `/training/progress/drilldown?${whereSearch({ ...w, orgId })}&figure=${figure}`;

function ProgressContent() {
  const { where, set } = useProgressWhere();
  const navigate = useNavigate();
  const can = usePermissions();
  const [editing, setEditing] = useState<{ id: number; name: string } | null>(null);
  const progress = useQuery({
    queryKey: [...trainingProgressKey, where],
    queryFn: () => fetchProgress(where),
  });
  const targets = useQuery({
    queryKey: [...trainingProgressKey, 'targets', where.year, where.orgId],
    queryFn: () => fetchTargets(where.year, where.orgId),
    enabled: can('training:manage'),
  });
  const targetOf = (orgId: number) =>
    targets.data?.find((x) => x.orgId === orgId && x.programme === 'skills_reemployment') ?? null;
  const p = progress.data;
  const rows: ProgressRow[] = p
    ? [...p.rows, { ...p.total, org: { ...p.org, name: `${p.org.name}合计` } }]
    : [];
  const figure = (f: ProgressFigure) => ({
    title: figureLabels[f],
    key: f,
    align: 'right' as const,
    render: (_: unknown, r: ProgressRow) => (
      <Link to={drillPath(where, r.org.id, f)} data-testid={`progress-${f}-${r.org.id}`}>
        {r[f]}
      </Link>
    ),
  });
  const kpi = (id: string) => (r: ProgressRow) => {
    const k = r.kpis.find((x) => x.id === id);
    return k ? <span title={k.sentence}>{statusTag[k.status]}</span> : null;
  };
  return (
    <Card
      title={`培训计划进展${p ? `：${p.org.name} ${p.period.label}` : ''}`}
      extra={
        <Space>
          <ProgressFilters where={where} onChange={set} />
          <Button
            onClick={() => navigate(`/training/report?${whereSearch(where)}`)}
            data-testid="progress-report"
          >
            进展情况报告
          </Button>
        </Space>
      }
      data-testid="training-progress-page"
    >
      <QueryErrorAlert error={progress.error} onRetry={() => progress.refetch()} />
      {p && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`再就业按结业后${p.window.months}个月内的就业登记、劳动合同或社会保险缴费记录认定`}
          description={
            <Typography.Text type="secondary">
              {p.window.citation}
              {p.kpiNote ? `；${p.kpiNote}` : ''}
            </Typography.Text>
          }
        />
      )}
      {p && p.rows.length > 0 && (
        <BarChart
          label="培训人数与年度目标"
          testId="progress-chart"
          categories={p.rows.map((r) => r.org.name)}
          series={[
            { name: '培训人数', data: p.rows.map((r) => r.trained) },
            { name: '年度目标', data: p.rows.map((r) => r.target?.trainees ?? 0) },
          ]}
          onBarClick={(i) => {
            const row = p.rows[i];
            if (row) navigate(drillPath(where, row.org.id, 'trained'));
          }}
        />
      )}
      <Table<ProgressRow>
        rowKey={(r) => `${r.org.id}-${r.org.name}`}
        size="small"
        pagination={false}
        loading={progress.isFetching}
        dataSource={rows}
        locale={{ emptyText: <EmptyState description="所选范围内没有下级机构" /> }}
        scroll={{ x: 1100 }}
        columns={[
          { title: '单位', key: 'org', render: (_, r) => r.org.name, fixed: 'left', width: 160 },
          {
            title: '年度目标',
            key: 'target',
            align: 'right',
            render: (_, r) => (
              <Space size={4}>
                {r.target ? <span title={r.target.basis}>{r.target.trainees}</span> : '—'}
                {can('training:manage') && !r.org.name.endsWith('（本级）') && (
                  <Button
                    type="link"
                    size="small"
                    onClick={() => setEditing({ id: r.org.id, name: r.org.name.replace(/合计$/, '') })}
                    data-testid={`progress-target-${r.org.id}`}
                  >
                    设定
                  </Button>
                )}
              </Space>
            ),
          },
          figure('trained'),
          { title: '目标完成', key: 'targetStatus', render: (_, r) => statusTag[r.targetStatus] },
          figure('passed'),
          { title: '合格率', key: 'passRate', align: 'right', render: (_, r) => percent(r.passRate) },
          { title: '合格率目标', key: 'passKpi', render: (_, r) => kpi('skills_pass_rate')(r) },
          figure('certified'),
          {
            title: '取证率',
            key: 'certificateRate',
            align: 'right',
            render: (_, r) => percent(r.certificateRate),
          },
          figure('reemployed'),
          {
            title: '再就业率',
            key: 'reemploymentRate',
            align: 'right',
            render: (_, r) => percent(r.reemploymentRate),
          },
          { title: '再就业率目标', key: 'reKpi', render: (_, r) => kpi('skills_reemployment_rate')(r) },
        ]}
        data-testid="training-progress-table"
      />
      {editing && (
        <TargetModal
          org={editing}
          year={where.year}
          current={targetOf(editing.id)}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}

export function TrainingProgressPage() {
  return (
    <PermissionGate permission="training:read">
      <ProgressContent />
    </PermissionGate>
  );
}
