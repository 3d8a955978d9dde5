import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../../../../app/api-error';
import { formatYuan } from '../../../../app/format/money';
import { EmptyState } from '../../../../app/ui/empty-state';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { CaseStatusTag } from '../../../cases/components/case-tags';
import {
  type ClassView,
  classesKey,
  fetchRosters,
  previewRoster,
  type Roster,
  type RosterLine,
  submitRoster,
  subsidyKindLabels,
  traineeGroupLabels,
} from '../classes-api';

type RosterRow = Roster['rows'][number];

/** A line's claim: the case it was filed as (linked for a reader of cases), or 待提交 while it may be filed. */
function LineCase({ line }: { line: RosterLine }) {
  const { filed } = line;
  if (!filed) return line.eligible ? <Tag color="processing">待提交</Tag> : '—';
  return (
    <Space size={4} wrap data-testid={`roster-line-case-${line.row}`}>
      {filed.caseId ? <Link to={`/cases/${filed.caseId}`}>{filed.caseNumber}</Link> : filed.caseNumber}
      <CaseStatusTag status={filed.status} label={filed.statusLabel} />
    </Space>
  );
}

const submittedColumns: ColumnsType<RosterRow> = [
  { title: '行', dataIndex: 'row', key: 'row', width: 60 },
  { title: '姓名', dataIndex: 'name', key: 'name', render: (n: string | null) => n ?? '—' },
  {
    title: '案件',
    dataIndex: 'caseNumber',
    key: 'case',
    render: (n: string | null, r) => (n && r.caseId ? <Link to={`/cases/${r.caseId}`}>{n}</Link> : '—'),
  },
  { title: '状态', dataIndex: 'statusLabel', key: 'status', render: (s: string | null) => s ?? '未立案' },
  { title: '核定金额', dataIndex: 'amount', key: 'amount', render: (a: string | null) => formatYuan(a) },
  { title: '已拨付', dataIndex: 'paidAmount', key: 'paid', render: (a: string | null) => formatYuan(a) },
  { title: '说明', dataIndex: 'messages', key: 'messages', render: (m: string[]) => m.join('；') },
];

/** 补贴花名册: each trainee's subsidy as the rules decide it, the submission, and the rosters filed. */
export function ClassRoster({ cls }: { cls: ClassView }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  // null until the user ticks a box: the plans then come from the trainees' files (approved plans)
  const [plans, setPlans] = useState<string[] | null>(null);
  const syb = cls.programme === 'entrepreneurship';
  const preview = useQuery({
    queryKey: [...classesKey, 'roster-preview', cls.id, plans],
    queryFn: () => previewRoster(cls.id, plans),
  });
  const rosters = useQuery({
    queryKey: [...classesKey, 'rosters', cls.id],
    queryFn: () => fetchRosters(cls.id),
  });
  const submit = useMutation({
    mutationFn: () => submitRoster(cls.id, plans),
    onSuccess: (b) => {
      message.success(`花名册 ${b.number} 已提交：立案 ${b.totals.cases} 件`);
      void queryClient.invalidateQueries({ queryKey: classesKey });
    },
    onError: (e) => message.error(errorMessage(e)),
  });
  const withPlan = plans ?? preview.data?.businessPlanTraineeIds ?? [];
  const columns: ColumnsType<RosterLine> = [
    { title: '行', dataIndex: 'row', key: 'row', width: 60 },
    { title: '姓名', dataIndex: 'name', key: 'name' },
    { title: '身份证号', dataIndex: 'idNumberMasked', key: 'id' },
    {
      title: '人员类别',
      dataIndex: 'group',
      key: 'group',
      render: (g: RosterLine['group']) => traineeGroupLabels[g],
    },
    { title: '出勤天数', dataIndex: 'attendedDays', key: 'days' },
    ...(syb
      ? [
          {
            title: '创业项目计划书',
            key: 'plan',
            render: (_: unknown, l: RosterLine) => (
              <Checkbox
                checked={withPlan.includes(l.traineeId)}
                disabled={!cls.availableActions.includes('roster')}
                onChange={(e) =>
                  setPlans(
                    e.target.checked ? [...withPlan, l.traineeId] : withPlan.filter((x) => x !== l.traineeId),
                  )
                }
                aria-label={`${l.name}已提交创业项目计划书`}
                data-testid={`roster-plan-${l.row}`}
              />
            ),
          },
        ]
      : []),
    {
      title: '补贴项目',
      dataIndex: 'kind',
      key: 'kind',
      render: (k: string | null) => (k ? (subsidyKindLabels[k] ?? k) : '—'),
    },
    {
      title: '补贴金额',
      dataIndex: 'amount',
      key: 'amount',
      render: (a: string | null, l) => (l.eligible || l.filed ? formatYuan(a) : <Tag>不予补贴</Tag>),
    },
    { title: '申领案件', key: 'case', render: (_: unknown, l) => <LineCase line={l} /> },
    {
      title: '依据 / 不予补贴理由',
      key: 'reasons',
      render: (_: unknown, l) =>
        l.reasons.map((r) => (
          <div key={r.text}>
            {r.text}
            {r.citation && <Typography.Text type="secondary">（{r.citation}）</Typography.Text>}
          </div>
        )),
    },
  ];
  // only the lines still to file: a trainee filed from this class is not filed again
  const unfiled = (preview.data?.lines ?? []).filter((l) => l.eligible).length;
  return (
    <>
      <Card
        title="补贴花名册（按政策核定）"
        extra={
          cls.availableActions.includes('roster') && unfiled > 0 ? (
            <Popconfirm
              title={`提交后 ${unfiled} 名符合条件、尚未申领的学员各生成一件代申领案件，确认提交？`}
              onConfirm={() => submit.mutate()}
            >
              <Button type="primary" loading={submit.isPending} data-testid="roster-submit">
                提交花名册
              </Button>
            </Popconfirm>
          ) : null
        }
      >
        <QueryErrorAlert error={preview.error} onRetry={() => void preview.refetch()} />
        <Typography.Paragraph type="secondary">
          培训天数 {preview.data?.days ?? '—'}{' '}
          天。金额由培训补贴政策按人员类别、实际培训费用和证书等级核定；同一人同类一次性补贴只享受一次。
        </Typography.Paragraph>
        <Table<RosterLine>
          rowKey="traineeId"
          size="small"
          columns={columns}
          dataSource={preview.data?.lines}
          loading={preview.isFetching}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: <EmptyState description="本班没有学员" /> }}
          data-testid="roster-preview-table"
        />
      </Card>
      <Card title="已提交的花名册">
        <QueryErrorAlert error={rosters.error} onRetry={() => void rosters.refetch()} />
        {(rosters.data ?? []).length === 0 && <EmptyState description="尚未提交花名册" />}
        {(rosters.data ?? []).map((r) => (
          <div key={r.id} style={{ marginBottom: 16 }}>
            <Typography.Text strong>
              {r.number}：立案 {r.totals.cases} 件，已批准 {r.totals.approved} 件，核定{' '}
              {formatYuan(r.totals.approvedAmount)}，已拨付 {formatYuan(r.totals.paidAmount)}
            </Typography.Text>
            <Table<RosterRow>
              rowKey="row"
              size="small"
              columns={submittedColumns}
              dataSource={r.rows}
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              data-testid="roster-cases-table"
            />
          </div>
        ))}
      </Card>
    </>
  );
}
