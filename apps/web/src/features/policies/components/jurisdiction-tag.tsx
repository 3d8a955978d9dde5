import { Tag, Tooltip } from 'antd';
import type { PolicySummary } from '../policy-types';

/**
 * The policy's jurisdiction: this deployment's own (受理申请 by default) or another's, kept as
 * reference (查阅和试算 only, unless 经办事项设置 turns its case type on).
 */
export function JurisdictionTag({
  policy,
}: {
  policy: Pick<PolicySummary, 'jurisdiction' | 'localJurisdiction'>;
}) {
  if (policy.localJurisdiction !== null)
    return (
      <Tag color="blue" data-testid="jurisdiction-local">
        本地 · {policy.localJurisdiction}
      </Tag>
    );
  return (
    <Tooltip title="不属于本系统的管辖地区：仅供查阅和试算，默认不受理申请">
      <Tag data-testid="jurisdiction-reference">{policy.jurisdiction.name} · 参考</Tag>
    </Tooltip>
  );
}
