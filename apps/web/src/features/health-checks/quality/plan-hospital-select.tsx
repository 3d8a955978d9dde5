import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useSearchParams } from 'react-router-dom';
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
  return {
    choices,
    planId: params.get('planId') ?? undefined,
    hospitalId: params.get('hospitalId') ?? undefined,
    setPlan: (v: string | undefined) => set('planId', v),
    setHospital: (v: string | undefined) => set('hospitalId', v),
  };
}

export function PlanSelect({ choice }: { choice: ReturnType<typeof usePlanHospital> }) {
  return (
    <Select
      aria-label="体检计划"
      placeholder="选择体检计划"
      value={choice.planId}
      onChange={choice.setPlan}
      loading={choice.choices.isLoading}
      options={(choice.choices.data?.plans ?? []).map((p) => ({ value: p.id, label: p.name }))}
      style={{ width: 240 }}
      data-testid="hc-plan-select"
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
