import { Select } from 'antd';

/** Picks a health-check plan (lists come latest first); a plan with its period shows it. */
export function PlanPicker(props: {
  plans: readonly { id: string; name: string; startOn?: string; endOn?: string }[];
  value: string | undefined;
  onChange: (id: string) => void;
  loading?: boolean;
  testId: string;
}) {
  return (
    <Select
      aria-label="体检计划"
      style={{ minWidth: 260 }}
      placeholder="选择体检计划"
      value={props.value}
      onChange={props.onChange}
      loading={props.loading}
      options={props.plans.map((p) => ({
        value: p.id,
        label: p.startOn ? `${p.name}（${p.startOn}至${p.endOn}）` : p.name,
      }))}
      data-testid={props.testId}
    />
  );
}
