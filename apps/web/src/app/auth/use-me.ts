import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useContext } from 'react';
import { fetchMe } from './auth-api';
import type { CurrentUser } from './auth-types';
import { CurrentUserContext } from './current-user-context';

export const meQueryKey = ['auth', 'me'] as const;

export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: fetchMe,
    staleTime: 60_000,
    refetchOnWindowFocus: true,
  });
}

/** Refreshes the session and returns its stage (null when signed out). */
export function useRefreshMe() {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    const me = await queryClient.fetchQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 0 });
    return me?.stage ?? null;
  }, [queryClient]);
}

/** The signed-in user; only call below the full-stage guard. */
export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser called outside a signed-in route');
  return user;
}

export function usePermissions(): (code: string) => boolean {
  const user = useCurrentUser();
  return useCallback((code: string) => user.permissions.includes(code), [user.permissions]);
}
