import { Tag } from 'antd';
import { type ClassStatus, classStatusColors, classStatusLabels } from '../classes-api';

export function ClassStatusTag({ status }: { status: ClassStatus }) {
  return <Tag color={classStatusColors[status]}>{classStatusLabels[status]}</Tag>;
}
