import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Input, Popover, Result, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { usePermissions } from '../../../../app/auth/use-me';
import { PageTitle } from '../../../../app/ui/page-title';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { PlanPicker } from '../../plans/components/plan-picker';
import {
  fetchOverview,
  fetchPreview,
  reportsKey,
  submitWeek,
  useReportPlans,
  type WeekCell,
  type WeeklyOverview,
} from '../reports-api';

const statusColors: Record<WeekCell['status'], string> = {
  submitted: 'success',
  missing: 'error',
  open: 'processing',
  none: 'default',
};

function FiguresTable({
  labels,
  figures,
}: {
  labels: WeeklyOverview['labels'];
  figures: Record<string, number>;
}) {
  return (
    <Descriptions size="small" column={1} bordered>
      {labels.map((l) => (
        <Descriptions.Item key={l.key} label={l.label}>
          {figures[l.key] ?? 0}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}

/** 医保处: every hospital × week, 已报送 with the figures on hover, 未报送 in red. */
function BureauGrid({ overview }: { overview: WeeklyOverview }) {
  return (
    <Table
      rowKey="id"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={overview.hospitals}
      columns={[
        { title: '体检医院', dataIndex: 'name', fixed: 'left', width: 200 },
        {
          title: '未报送周数',
          dataIndex: 'missing',
          width: 90,
          render: (n: number) => (n > 0 ? <Tag color="error">{n}</Tag> : 0),
        },
        ...overview.weeks.map((w, i) => ({
          title: `${w.weekStart.slice(5)}～${w.weekEnd.slice(5)}`,
          key: w.weekStart,
          width: 110,
          render: (_: unknown, h: WeeklyOverview['hospitals'][number]) => {
            const c = h.cells[i]!;
            const tag = (
              <Tag color={statusColors[c.status]} data-testid={`week-${h.name}-${c.weekStart}`}>
                {c.statusLabel}
              </Tag>
            );
            return c.figures ? (
              <Popover
                title={`报送于 ${c.submittedAt?.slice(0, 10)}`}
                content={<FiguresTable labels={overview.labels} figures={c.figures} />}
              >
                {tag}
              </Popover>
            ) : (
              tag
            );
          },
        })),
      ]}
      data-testid="weekly-grid"
    />
  );
}

/** A hospital: pick a week, see its table as generated from the records, submit it. */
function HospitalWeek({ planId, overview }: { planId: string; overview: WeeklyOverview }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const cells = overview.hospitals[0]?.cells ?? [];
  const firstDue = [...cells].reverse().find((c) => c.status === 'missing') ?? cells.at(-1);
  const [week, setWeek] = useState<string | undefined>(firstDue?.weekStart);
  const [note, setNote] = useState('');
  const preview = useQuery({
    queryKey: [...reportsKey, 'preview', planId, week],
    queryFn: () => fetchPreview(planId, week!),
    enabled: Boolean(week),
  });
  const submit = useMutation({
    mutationFn: () => submitWeek({ planId, weekStart: week!, ...(note ? { note } : {}) }),
    onSuccess: () => {
      message.success('本周进度已报送医保处');
      setNote('');
      void queryClient.invalidateQueries({ queryKey: reportsKey });
    },
  });
  const p = preview.data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <span>报送周：</span>
        <Select
          aria-label="报送周"
          style={{ minWidth: 280 }}
          value={week}
          onChange={setWeek}
          options={[...cells]
            .reverse()
            .map((c) => ({ value: c.weekStart, label: `${c.weekStart} 起（${c.statusLabel}）` }))}
          data-testid="weekly-week"
        />
      </Space>
      <QueryErrorAlert error={preview.error} onRetry={() => preview.refetch()} />
      {p && (
        <Card
          size="small"
          title={`${p.hospital.name} 进度情况统计表（${p.weekStart}至${p.weekEnd}）`}
          extra={
            p.submitted ? (
              <Tag color="success">已于 {p.submitted.at.slice(0, 10)} 报送</Tag>
            ) : (
              <Tag color="warning">未报送</Tag>
            )
          }
        >
          <FiguresTable
            labels={overview.labels}
            figures={Object.fromEntries(p.rows.map((r) => [r.key, r.value]))}
          />
          <Space style={{ marginTop: 12 }} wrap>
            <Input
              aria-label="说明"
              placeholder="说明（可选）"
              maxLength={500}
              value={note}
              onChange={(e) => setNote(e.target.value)}
              style={{ width: 320 }}
            />
            <Button
              type="primary"
              loading={submit.isPending}
              onClick={() => submit.mutate()}
              data-testid="weekly-submit"
            >
              报送本周进度
            </Button>
          </Space>
        </Card>
      )}
    </Space>
  );
}

/** 体检进度周报 (第十六条): the hospital submits its weekly table; the 医保处 sees who has not. */
export function WeeklyReportsPage() {
  const can = usePermissions();
  const allowed = can('health_check:read') || can('health_check:operate');
  const plans = useReportPlans(allowed);
  const [chosen, setChosen] = useState<string>();
  const planId = chosen ?? plans.data?.plans[0]?.id;
  const overview = useQuery({
    queryKey: [...reportsKey, 'overview', planId],
    queryFn: () => fetchOverview(planId!),
    enabled: Boolean(planId),
  });
  if (!allowed) return <Result status="403" title="无权访问" subTitle="您没有访问此页面的权限。" />;
  const hospital = plans.data?.hospital ?? false;
  return (
    <Card
      title={<PageTitle>体检进度周报</PageTitle>}
      extra={
        <Space wrap>
          <PlanPicker
            plans={plans.data?.plans ?? []}
            value={planId}
            onChange={setChosen}
            testId="report-plan"
          />
          <Link to="/health-checks/weekly-reports/analysis" data-testid="to-analysis">
            分析报告
          </Link>
        </Space>
      }
    >
      <QueryErrorAlert error={plans.error ?? overview.error} onRetry={() => void overview.refetch()} />
      {plans.data && plans.data.plans.length === 0 && <Result title="暂无体检计划" />}
      {overview.data &&
        planId &&
        (hospital ? (
          <HospitalWeek key={planId} planId={planId} overview={overview.data} />
        ) : (
          <BureauGrid overview={overview.data} />
        ))}
    </Card>
  );
}
