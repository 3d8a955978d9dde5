import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useEffect } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PlanPicker } from '../plans/components/plan-picker';
import { fetchChoices, qualityKey } from './quality-api';

/** The plan and hospital chosen, kept in the address (?planId=…&hospitalId=…) so links can open them. */
export function usePlanHospital() {
  const [params, setParams] = useSearchParams();
  const choices = useQuery({ queryKey: [...qualityKey, 'choices'], queryFn: fetchChoices });
  const set = (key: 'planId' | 'hospitalId', value: string | undefined) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const planId = params.get('planId') ?? undefined;
  const latest = choices.data?.plans[0]?.id;
  // Most visits are about this year's plan: open it until the user picks another.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `set` is rebuilt each render; the choice depends on these two only
  useEffect(() => {
    if (!planId && latest) set('planId', latest);
  }, [planId, latest]);
  return {
    choices,
    planId,
    hospitalId: params.get('hospitalId') ?? undefined,
    setPlan: (v: string | undefined) => set('planId', v),
    setHospital: (v: string | undefined) => set('hospitalId', v),
  };
}

export function PlanSelect({ choice }: { choice: ReturnType<typeof usePlanHospital> }) {
  return (
    <PlanPicker
      plans={choice.choices.data?.plans ?? []}
      value={choice.planId}
      onChange={choice.setPlan}
      loading={choice.choices.isLoading}
      testId="hc-plan-select"
    />
  );
}

export function HospitalSelect({ choice }: { choice: ReturnType<typeof usePlanHospital> }) {
  return (
    <Select
      aria-label="体检医院"
      placeholder="选择体检医院"
      value={choice.hospitalId}
      onChange={choice.setHospital}
      loading={choice.choices.isLoading}
      options={(choice.choices.data?.hospitals ?? []).map((h) => ({ value: h.id, label: h.name }))}
      style={{ width: 240 }}
      data-testid="hc-hospital-select"
    />
  );
}
