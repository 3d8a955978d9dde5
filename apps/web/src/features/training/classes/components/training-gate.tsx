import { Result } from 'antd';
import type { ReactNode } from 'react';
import { usePermissions } from '../../../../app/auth/use-me';

/** Training pages: the bureau's readers (`training:read`) and institution staff (`training:operate`). */
export function TrainingGate({ children }: { children: ReactNode }) {
  const can = usePermissions();
  if (!can('training:read') && !can('training:operate'))
    return <Result status="403" title="无权访问" subTitle="您没有访问此页面的权限。" />;
  return children;
}
