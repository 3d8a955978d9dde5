import { usePermissions } from '../../../app/auth/use-me';
import type { OrgId } from '../org-types';
import { OrgTreeSelect } from './org-tree-select';

interface OrgFilterProps {
  value: OrgId | undefined;
  onChange: (orgId: OrgId | undefined) => void;
  width: number;
  'data-testid'?: string | undefined;
}

/**
 * 按机构筛选 on a list. Shown only to users who may read the organisation tree (`org:read`): a
 * training institution sees only what it registered itself, so a tree to filter by means nothing
 * to it (and the server refuses it the tree).
 */
export function OrgFilter({ value, onChange, width, ...rest }: OrgFilterProps) {
  const can = usePermissions();
  if (!can('org:read')) return null;
  return (
    <OrgTreeSelect
      allowClear
      placeholder="按机构筛选"
      aria-label="按机构筛选"
      value={value}
      onChange={onChange}
      style={{ width }}
      data-testid={rest['data-testid']}
    />
  );
}
