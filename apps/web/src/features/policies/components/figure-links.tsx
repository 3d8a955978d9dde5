import { Space } from 'antd';
import { Link } from 'react-router-dom';
import { usePermissions } from '../../../app/auth/use-me';
import type { CheckResult } from '../policy-types';

/** Links to where each unset figure a check waits for is set, for the user who may set them. */
export function FigureLinks({ figures }: { figures: CheckResult['figures'] }) {
  const can = usePermissions();
  if (!figures?.length || !can('policy:configure')) return null;
  // one link per parameter: its keys (养老、医疗…) are set in the same dialog
  const parameters = figures.filter((f, i) => figures.findIndex((g) => g.name === f.name) === i);
  return (
    <Space size={8} wrap data-testid="figure-links">
      {parameters.map((f) => (
        <Link key={f.name} to={f.path}>
          设置{f.label}
        </Link>
      ))}
    </Space>
  );
}
