import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { PageSpin } from '../ui/page-spin';
import { QueryErrorResult } from '../ui/query-error-result';
import type { Stage } from './auth-types';
import { CurrentUserContext } from './current-user-context';
import { stagePaths } from './stage-paths';
import { useMe } from './use-me';

interface StageGuardProps {
  stages: Stage[];
  children: ReactNode;
}

/** Renders children only when the session is in one of `stages`; otherwise sends the user where they belong. */
export function StageGuard({ stages, children }: StageGuardProps) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <PageSpin />;
  if (me.isError) return <QueryErrorResult error={me.error} onRetry={() => me.refetch()} />;
  if (!me.data) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  if (!stages.includes(me.data.stage)) return <Navigate to={stagePaths[me.data.stage]} replace />;
  if (me.data.stage === 'full') {
    return <CurrentUserContext.Provider value={me.data.user}>{children}</CurrentUserContext.Provider>;
  }
  return children;
}
