import { Outlet } from 'react-router-dom';
import { SessionExpiryHandler } from './auth/session-expiry-handler';

export function RootRoute() {
  return (
    <>
      <SessionExpiryHandler />
      <Outlet />
    </>
  );
}
