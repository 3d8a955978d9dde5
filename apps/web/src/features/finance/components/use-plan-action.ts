import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { financeKey, type PlanDetail, plansKey } from '../finance-api';

/**
 * A plan action: on success the new detail replaces the cached one and the lists refresh; on any
 * failure (409: someone else acted first) the plan is refetched so the next try sends its new version.
 */
export function usePlanAction<V>(
  planId: string,
  run: (vars: V) => Promise<PlanDetail>,
  done: (plan: PlanDetail) => string,
  opts: { silentError?: boolean; onSuccess?: () => void } = {},
) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const detailKey = [...plansKey, 'detail', planId];
  return useMutation({
    mutationFn: run,
    meta: { silentError: opts.silentError ?? false },
    onSuccess: (plan) => {
      queryClient.setQueryData(detailKey, plan);
      message.success(done(plan));
      opts.onSuccess?.();
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: plansKey });
      void queryClient.invalidateQueries({ queryKey: financeKey });
    },
  });
}
