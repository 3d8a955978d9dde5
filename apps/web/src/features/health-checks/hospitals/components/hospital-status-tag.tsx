import { Tag } from 'antd';
import { type HospitalStatus, statusColors } from '../hospitals-api';

export function HospitalStatusTag({ status, label }: { status: HospitalStatus; label: string }) {
  return (
    <Tag color={statusColors[status]} data-testid="hospital-status">
      {label}
    </Tag>
  );
}
