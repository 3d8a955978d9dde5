import { Tag } from 'antd';
import { type PaymentStatus, type PlanStatus, paymentStatusLabels, planStatusLabels } from '../finance-api';

const planColors: Record<PlanStatus, string> = {
  draft: 'gold',
  approved: 'blue',
  paid: 'green',
  cancelled: 'default',
};
const paymentColors: Record<PaymentStatus, string> = {
  pending: 'gold',
  paid: 'green',
  failed: 'red',
  reconciled: 'cyan',
};

export const PlanStatusTag = ({ status }: { status: PlanStatus }) => (
  <Tag color={planColors[status]}>{planStatusLabels[status]}</Tag>
);

export const PaymentStatusTag = ({ status }: { status: PaymentStatus }) => (
  <Tag color={paymentColors[status]}>{paymentStatusLabels[status]}</Tag>
);
