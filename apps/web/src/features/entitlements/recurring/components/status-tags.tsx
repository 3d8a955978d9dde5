import { Tag } from 'antd';
import { caseStatusColor } from '../../../cases/case-labels';
import type { EntitlementStatus } from '../recurring-api';

const colors: Record<EntitlementStatus, string> = { active: 'green', stopped: 'red', ended: 'default' };

/** 发放中 / 已停发 / 已到期. */
export function EntitlementStatusTag({ status, label }: { status: EntitlementStatus; label: string }) {
  return (
    <Tag color={colors[status]} data-testid="entitlement-status">
      {label}
    </Tag>
  );
}

/** A period's outcome: 已列入名单 or 停发. */
export function OutcomeTag({ outcome }: { outcome: 'listed' | 'stopped' }) {
  return outcome === 'listed' ? <Tag color="blue">已列入名单</Tag> : <Tag color="red">停发</Tag>;
}

/** The status of the case a period filed, in the case list's colours. */
export function CaseStatusLabel({ status, label }: { status: string | null; label: string | null }) {
  if (!status) return <>—</>;
  return <Tag color={caseStatusColor(status)}>{label ?? status}</Tag>;
}

/** `from`…`to` as one month when they are the same. */
export const monthSpan = (from: string, to: string) => (from === to ? from : `${from} 至 ${to}`);
