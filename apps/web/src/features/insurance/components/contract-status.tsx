import { Tag, Tooltip } from 'antd';
import { useBureauToday } from '../../../app/bureau-clock';
import type { Contract } from '../insurance-types';

/** 履行中 / 已解除 (with date and reason) / 已到期 / 未开始, from the server's derived fields. */
export function ContractStatusTag({ contract }: { contract: Contract }) {
  const today = useBureauToday();
  if (contract.endedOn)
    return (
      <Tooltip title={contract.endReason}>
        <Tag color="red">{contract.endedOn} 解除</Tag>
      </Tooltip>
    );
  if (contract.inForce) return <Tag color="green">履行中</Tag>;
  return contract.startsOn > today ? <Tag>未开始</Tag> : <Tag>已到期</Tag>;
}

/** "2024-01-01 至 2025-12-31（24个月）" or "2024-01-01 起（无固定期限）". */
export function contractPeriod(c: Contract): string {
  if (!c.endsOn) return `${c.startsOn} 起${c.termKind === 'open_ended' ? '' : '（未约定终止日期）'}`;
  return `${c.startsOn} 至 ${c.endsOn}${c.termMonths === null ? '' : `（${c.termMonths}个月）`}`;
}
