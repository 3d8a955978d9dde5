import { Tag } from 'antd';
import type { LeadStatus } from '../screening-api';

const colors: Record<LeadStatus, string> = {
  open: 'orange',
  converted: 'green',
  dismissed: 'default',
  lapsed: 'default',
};

/** 可能符合、尚未申领 / 已发起申请 / 已排除 / 已不符合. */
export function LeadStatusTag({ lead }: { lead: { status: LeadStatus; statusLabel: string } }) {
  return (
    <Tag color={colors[lead.status]} data-testid="lead-status">
      {lead.statusLabel}
    </Tag>
  );
}
