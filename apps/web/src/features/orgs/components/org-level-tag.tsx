import { Tag } from 'antd';
import { type OrgLevel, orgLevelLabels } from '../org-types';

const colors: Record<OrgLevel, string> = {
  city: 'red',
  district: 'orange',
  street: 'blue',
  community: 'green',
};

export function OrgLevelTag({ level }: { level: OrgLevel }) {
  return (
    <Tag color={colors[level]} style={{ marginInlineEnd: 0 }}>
      {orgLevelLabels[level] ?? level}
    </Tag>
  );
}
