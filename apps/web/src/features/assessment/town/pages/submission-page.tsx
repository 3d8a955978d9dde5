import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { usePermissions } from '../../../../app/auth/use-me';
import { AttachmentList } from '../../../../app/ui/attachment-list';
import { LinkButton } from '../../../../app/ui/link-button';
import { PageSpin } from '../../../../app/ui/page-spin';
import { QueryErrorResult } from '../../../../app/ui/query-error-result';
import { FiguresFormModal } from '../components/figures-form-modal';
import { ReviewModal } from '../components/review-modal';
import {
  type SubmissionFigure,
  submitSubmission,
  townAssessmentKey,
  useSubmission,
  withdrawSubmission,
} from '../town-assessment-api';
import { quarterText, statusLabels, unitLabels } from '../town-assessment-labels';

const pair = (value: number | null, denominator: number | null) =>
  value === null ? '—' : denominator === null ? String(value) : `${value} / ${denominator}`;

const columns: ColumnsType<SubmissionFigure> = [
  { title: '指标', key: 'label', render: (_, f) => `${f.label}（${f.clause}）` },
  { title: '单位', dataIndex: 'unit', key: 'unit', render: (u: SubmissionFigure['unit']) => unitLabels[u] },
  { title: '年度目标', dataIndex: 'target', key: 'target', render: (t: number | null) => t ?? '—' },
  {
    title: '街镇上报',
    key: 'claimed',
    render: (_, f) => <span data-testid={`claimed-${f.code}`}>{pair(f.claimed, f.claimedDenominator)}</span>,
  },
  {
    title: '系统统计',
    key: 'system',
    render: (_, f) =>
      f.systemCount ? (
        pair(f.systemCount.value, f.systemCount.denominator ?? null)
      ) : (
        <Typography.Text type="secondary">无法从记录统计，以佐证材料为准</Typography.Text>
      ),
  },
  {
    title: '市局核定',
    key: 'accepted',
    render: (_, f) => (
      <Space orientation="vertical" size={0}>
        <span data-testid={`accepted-${f.code}`}>{pair(f.accepted, f.acceptedDenominator)}</span>
        {f.adjustReason ? <Typography.Text type="warning">调整理由：{f.adjustReason}</Typography.Text> : null}
      </Space>
    ),
  },
  { title: '说明', dataIndex: 'note', key: 'note', render: (n: string | null) => n ?? '—' },
  { title: '认定依据（展开查看佐证材料）', dataIndex: 'evidence', key: 'evidence' },
];

/** One town's quarter: its claims beside the system's own count, the city's figures and reasons. */
export function SubmissionPage() {
  const { id = '' } = useParams();
  const can = usePermissions();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const submission = useSubmission(id);
  const [modal, setModal] = useState<'edit' | 'review' | null>(null);
  const act = useMutation({
    mutationFn: (action: 'submit' | 'withdraw') =>
      action === 'submit' ? submitSubmission(id) : withdrawSubmission(id),
    onSuccess: (_, action) => {
      message.success(action === 'submit' ? '已上报' : '已撤回，可修改后重新上报');
      void queryClient.invalidateQueries({ queryKey: townAssessmentKey });
    },
    onError: (error) => message.error(error.message),
  });
  if (submission.error)
    return <QueryErrorResult error={submission.error} onRetry={() => void submission.refetch()} />;
  const s = submission.data;
  if (!s) return <PageSpin />;
  const status = statusLabels[s.status];
  const town = can('assessment:submit');

  return (
    <Card
      title={`${s.townName} ${quarterText(s.year, s.quarter)}考核上报`}
      extra={
        <Space>
          <LinkButton to="/town-assessment">返回</LinkButton>
          {town && s.status === 'draft' ? (
            <>
              <Button onClick={() => setModal('edit')}>修改</Button>
              <Button
                type="primary"
                loading={act.isPending}
                onClick={() => act.mutate('submit')}
                data-testid="submission-submit"
              >
                上报
              </Button>
            </>
          ) : null}
          {town && s.status === 'submitted' ? (
            <Button loading={act.isPending} onClick={() => act.mutate('withdraw')}>
              撤回
            </Button>
          ) : null}
          {can('assessment:review') && s.status === 'submitted' ? (
            <Button type="primary" onClick={() => setModal('review')} data-testid="submission-review">
              审核
            </Button>
          ) : null}
        </Space>
      }
    >
      <Descriptions size="small" column={3} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="状态">
          <Tag color={status.color} data-testid="submission-status">
            {status.text}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label="考核方案">第{s.planVersion}版</Descriptions.Item>
        <Descriptions.Item label="审核时间">
          {s.reviewedAt ? new Date(s.reviewedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }) : '—'}
        </Descriptions.Item>
      </Descriptions>
      <Table
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={s.figures}
        columns={columns}
        data-testid="submission-figures"
        expandable={{
          // The evidence files of each indicator (花名册, 劳动合同, 工资发放证明, 登记表 …): added while a draft.
          expandedRowRender: (f) => (
            <AttachmentList
              ownerKind="town-assessment.submission"
              ownerId={s.id}
              category={f.evidenceCategory}
              editable={town && s.status === 'draft'}
              testId={`evidence-${f.code}`}
            />
          ),
        }}
      />
      {modal === 'edit' ? <FiguresFormModal submission={s} onClose={() => setModal(null)} /> : null}
      {modal === 'review' ? <ReviewModal submission={s} onClose={() => setModal(null)} /> : null}
    </Card>
  );
}
