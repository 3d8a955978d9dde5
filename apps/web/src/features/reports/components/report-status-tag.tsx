import { Tag } from 'antd';
import { type ReportStatus, statusLabel } from '../report-api';

const colour: Record<ReportStatus, string> = {
  draft: 'default',
  submitted: 'blue',
  accepted: 'green',
  returned: 'red',
};

export function ReportStatusTag({ status, overdue }: { status: ReportStatus | null; overdue?: boolean }) {
  return (
    <>
      {status ? <Tag color={colour[status]}>{statusLabel[status]}</Tag> : <Tag>未生成</Tag>}
      {overdue ? <Tag color="red">逾期未报</Tag> : null}
    </>
  );
}
