import { Tag } from 'antd';
import { type ZeroEmploymentStatus, zeroEmploymentLabels } from '../household-types';

export function ZeroEmploymentTag({ status }: { status: ZeroEmploymentStatus | null }) {
  if (!status) return <span>—</span>;
  return <Tag color={status === 'active' ? 'red' : 'green'}>{zeroEmploymentLabels[status]}</Tag>;
}
