import { useQuery } from '@tanstack/react-query';
import { Card, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { QueryErrorAlert } from '../../../app/ui/query-error-alert';
import { caseStatusColor, caseStatusOptions, stepLabel } from '../../cases/case-labels';
import {
  calendarKey,
  type EvaluationToRecheck,
  fetchProvisional,
  type ProvisionalDeadline,
} from '../calendar-api';

const statusTag = (status: string) => (
  <Tag color={caseStatusColor(status)}>
    {caseStatusOptions.find((o) => o.value === status)?.label ?? status}
  </Tag>
);
const caseLink = (number: string, row: { caseId: string }) => (
  <Link to={`/cases/${row.caseId}`}>{number}</Link>
);
const years = (ys: number[]) => ys.map((y) => `${y} 年`).join('、');

/**
 * 以下期限按暂定日历计算: the open cases whose due date was counted on weekends alone, and the frozen
 * evaluations whose deadlines were, which a reviewer re-checks (重新核验) once the year is entered.
 */
export function ProvisionalLists() {
  const list = useQuery({ queryKey: [...calendarKey, 'provisional'], queryFn: fetchProvisional });
  if (list.isError) return <QueryErrorAlert error={list.error} onRetry={() => list.refetch()} />;
  return (
    <>
      <Card title="以下期限按暂定日历计算" style={{ marginTop: 16 }} data-testid="provisional-deadlines">
        <Typography.Paragraph type="secondary">
          这些办理期限涉及尚未录入节假日安排的年份，暂时只扣除了双休日；录入该年安排后自动按正式日历重算。
        </Typography.Paragraph>
        <Table<ProvisionalDeadline>
          rowKey="caseId"
          size="small"
          loading={list.isPending}
          dataSource={list.data?.deadlines ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={[
            { title: '案件编号', dataIndex: 'number', render: caseLink },
            { title: '事项', dataIndex: 'caseTypeName' },
            { title: '状态', dataIndex: 'status', render: statusTag },
            { title: '环节', dataIndex: 'step', render: stepLabel },
            { title: '期限（暂定）', dataIndex: 'dueOn' },
            { title: '涉及年份', dataIndex: 'years', render: years },
          ]}
        />
      </Card>
      <Card title="须重新核验的审核结果" style={{ marginTop: 16 }} data-testid="evaluations-to-recheck">
        <Typography.Paragraph type="secondary">
          审核时规则中的期限按暂定日历推算（人工审核事项“工作日历尚未录入”）。该年安排录入后，请审核人员在案件页面点击“重新核验”。
        </Typography.Paragraph>
        <Table<EvaluationToRecheck>
          rowKey="caseId"
          size="small"
          loading={list.isPending}
          dataSource={list.data?.evaluations ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={[
            { title: '案件编号', dataIndex: 'number', render: caseLink },
            { title: '事项', dataIndex: 'caseTypeName' },
            { title: '状态', dataIndex: 'status', render: statusTag },
            { title: '核验日期', dataIndex: 'evaluatedOn' },
            { title: '涉及年份', dataIndex: 'years', render: years },
            {
              title: '日历',
              dataIndex: 'yearsCovered',
              render: (covered: boolean) =>
                covered ? <Tag color="green">已录入，可重新核验</Tag> : <Tag color="orange">尚未录入</Tag>,
            },
          ]}
        />
      </Card>
    </>
  );
}
