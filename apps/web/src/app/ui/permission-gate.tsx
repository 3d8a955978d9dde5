import { Result } from 'antd';
import type { ReactNode } from 'react';
import { usePermissions } from '../auth/use-me';

/** Shows a 403 result instead of a page the user has no permission for (e.g. opened by URL). */
export function PermissionGate({ permission, children }: { permission: string; children: ReactNode }) {
  const can = usePermissions();
  if (!can(permission)) return <Result status="403" title="无权访问" subTitle="您没有访问此页面的权限。" />;
  return children;
}
