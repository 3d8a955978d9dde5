import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { setAuthRequiredHandler } from '../api-client';
import { markSessionExpired } from './session-expiry';
import { meQueryKey } from './use-me';

/**
 * On a 401 AUTH_REQUIRED answer while a session was known (idle expiry, forced logout): forget it and
 * go to the login page, which explains why. A first visit without a session is left to the stage guard.
 */
export function SessionExpiryHandler() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  useEffect(() => {
    setAuthRequiredHandler(() => {
      if (!queryClient.getQueryData(meQueryKey)) return;
      markSessionExpired();
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, null);
      navigate('/login', { replace: true });
    });
    return () => setAuthRequiredHandler(null);
  }, [queryClient, navigate]);

  return null;
}
