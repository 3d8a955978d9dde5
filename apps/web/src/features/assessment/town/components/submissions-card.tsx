import { Alert, Button, Card, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table/interface';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { usePermissions } from '../../../../app/auth/use-me';
import { EmptyState } from '../../../../app/ui/empty-state';
import { QueryErrorAlert } from '../../../../app/ui/query-error-alert';
import { type SubmissionItem, usePlan, usePlans, useSubmissions } from '../town-assessment-api';
import { quarterText, statusLabels } from '../town-assessment-labels';
import { FiguresFormModal } from './figures-form-modal';

const columns: ColumnsType<SubmissionItem> = [
  {
    title: '季度',
    key: 'quarter',
    render: (_, s) => (
      <Link to={`/town-assessment/submissions/${s.id}`}>{quarterText(s.year, s.quarter)}</Link>
    ),
  },
  { title: '街镇', dataIndex: 'townName', key: 'town' },
  {
    title: '状态',
    dataIndex: 'status',
    key: 'status',
    render: (s: SubmissionItem['status']) => <Tag color={statusLabels[s].color}>{statusLabels[s].text}</Tag>,
  },
  {
    title: '上报时间',
    dataIndex: 'submittedAt',
    key: 'submittedAt',
    render: (d: string | null) =>
      d ? new Date(d).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }) : '—',
  },
];

/** The quarterly reports of the year in the user's area; a town starts a new one from its plan. */
export function SubmissionsCard({ year }: { year: number }) {
  const can = usePermissions();
  const list = useSubmissions(year);
  const plans = usePlans(year);
  const plan = usePlan(plans.data?.items[0]?.id);
  const [filling, setFilling] = useState(false);
  return (
    <Card
      title={`${year}年度街镇季度上报`}
      extra={
        can('assessment:submit') && plan.data ? (
          <Button type="primary" onClick={() => setFilling(true)} data-testid="submission-new">
            填报季度完成情况
          </Button>
        ) : null
      }
    >
      <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      {can('assessment:submit') && plans.data?.items.length === 0 ? (
        // In January the new year has no plan yet while the last quarter is still to report.
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={`${year}年度考核方案尚未发布，发布后即可填报；填报上一年度的季度请在上方改选年度。`}
          data-testid="submission-no-plan"
        />
      ) : null}
      <Table
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        columns={columns}
        pagination={false}
        locale={{ emptyText: <EmptyState description="暂无上报" /> }}
      />
      {filling && plan.data ? <FiguresFormModal plan={plan.data} onClose={() => setFilling(false)} /> : null}
    </Card>
  );
}
