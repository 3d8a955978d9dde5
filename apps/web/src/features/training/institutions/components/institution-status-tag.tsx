import { Tag } from 'antd';
import type { InstitutionItem } from '../institutions-api';

const colors: Record<InstitutionItem['status'], string> = {
  applied: 'processing',
  rejected: 'default',
  in_notice: 'gold',
  designated: 'success',
  rectifying: 'warning',
  suspended: 'error',
  withdrawn: 'default',
};

/** The institution's status as the server labels it (已过期 for a designation past its validity). */
export function InstitutionStatusTag({
  institution,
}: {
  institution: Pick<InstitutionItem, 'status' | 'statusLabel' | 'expired'>;
}) {
  return (
    <Tag color={institution.expired ? 'default' : colors[institution.status]}>{institution.statusLabel}</Tag>
  );
}
