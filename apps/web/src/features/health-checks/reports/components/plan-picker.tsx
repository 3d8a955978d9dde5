import { Select } from 'antd';
import type { ReportPlans } from '../reports-api';

/** Picks the health-check plan a report is about (the latest is chosen first). */
export function PlanPicker(props: {
  plans: ReportPlans['plans'];
  value: string | undefined;
  onChange: (id: string) => void;
}) {
  return (
    <Select
      aria-label="体检计划"
      style={{ minWidth: 260 }}
      placeholder="选择体检计划"
      value={props.value}
      onChange={props.onChange}
      options={props.plans.map((p) => ({ value: p.id, label: `${p.name}（${p.startOn}至${p.endOn}）` }))}
      data-testid="report-plan"
    />
  );
}
