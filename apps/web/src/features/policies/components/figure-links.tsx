import { Space } from 'antd';
import { Link } from 'react-router-dom';
import { usePermissions } from '../../../app/auth/use-me';
import type { CheckResult } from '../policy-types';

/** Links to where each unset figure a check waits for is set, for the user who may set them. */
export function FigureLinks({ figures }: { figures: CheckResult['figures'] }) {
  const can = usePermissions();
  if (!figures?.length || !can('policy:configure')) return null;
  // one link per parameter: its keys (养老、医疗…) are set in the same dialog; the server links
  // every figure it presents (`path`), the schema admitting the engine's unlinked figure too
  const linked = figures.flatMap((f) => (f.path ? [{ name: f.name, label: f.label, path: f.path }] : []));
  const parameters = linked.filter((f, i) => linked.findIndex((g) => g.name === f.name) === i);
  if (!parameters.length) return null;
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
