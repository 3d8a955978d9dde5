import { useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';
import { setAuthRequiredHandler } from '../api-client';
import { meQueryKey } from './use-me';

/** On any 401 AUTH_REQUIRED answer (idle expiry, forced logout): forget the session and go to the login page. */
export function SessionExpiryHandler() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const { message } = App.useApp();

  useEffect(() => {
    setAuthRequiredHandler(() => {
      const wasSignedIn = Boolean(queryClient.getQueryData(meQueryKey));
      queryClient.setQueryData(meQueryKey, null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== meQueryKey[0] });
      if (wasSignedIn)
        message.warning({ content: '登录已超时或已在别处退出，请重新登录', key: 'session-expired' });
      navigate('/login', { replace: true, state: { expired: wasSignedIn } });
    });
    return () => setAuthRequiredHandler(null);
  }, [queryClient, navigate, message]);

  return null;
}
