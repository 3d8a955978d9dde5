import { Space, Tag, Typography } from 'antd';
import { caseStatusColor } from '../case-labels';

export function CaseStatusTag({ status, label }: { status: string; label: string }) {
  return (
    <Tag color={caseStatusColor(status)} data-testid="case-status-tag">
      {label}
    </Tag>
  );
}

interface DueProps {
  dueOn: string | null;
  overdue: boolean;
  dueSoon: boolean;
}

/** The flags alone: 逾期 (red) or 即将到期 (orange, within 3 working days). */
export function DueFlags({ overdue, dueSoon }: Omit<DueProps, 'dueOn'>) {
  if (overdue) return <Tag color="red">逾期</Tag>;
  if (dueSoon) return <Tag color="orange">即将到期</Tag>;
  return null;
}

/** A due date with its flag; a dash when no one is waited for. */
export function DueDate({ dueOn, overdue, dueSoon }: DueProps) {
  if (!dueOn) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={4} wrap>
      <Typography.Text type={overdue ? 'danger' : undefined}>{dueOn}</Typography.Text>
      <DueFlags overdue={overdue} dueSoon={dueSoon} />
    </Space>
  );
}
