import { Tag } from 'antd';
import type { PlanItem } from '../plans-api';

const statusColors: Record<PlanItem['status'], string> = {
  draft: 'default',
  open: 'processing',
  closed: 'success',
};

export const PlanStatusTag = ({ plan }: { plan: Pick<PlanItem, 'status' | 'statusLabel'> }) => (
  <Tag color={statusColors[plan.status]}>{plan.statusLabel}</Tag>
);
