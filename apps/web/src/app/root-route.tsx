import { Outlet, ScrollRestoration } from 'react-router-dom';
import { SessionExpiryHandler } from './auth/session-expiry-handler';

export function RootRoute() {
  return (
    <>
      <SessionExpiryHandler />
      <Outlet />
      {/* A new page opens at its top; a list keeps its place while its filters or page change. */}
      <ScrollRestoration getKey={(location) => location.pathname} />
    </>
  );
}
