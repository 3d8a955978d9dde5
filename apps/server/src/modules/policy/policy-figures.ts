import { withAdministeredValues } from '@minsheng/rules/engine/administered.ts';
import type { IsoDate } from '@minsheng/rules/engine/dates.ts';
import type { PlaceholderFigure } from '@minsheng/rules/engine/evaluate.ts';
import { NO_KEY, stepAt } from '@minsheng/rules/engine/parameters.ts';
import type { AnyPolicy } from '@minsheng/rules/engine/policy.ts';
import { asAdministered } from './effective-policy.ts';
import type { ParameterValueRow } from './policy-values.repo.ts';

/** The menu entry and page where administered figures are set. */
export const FIGURES_PAGE = '政策参数';

/** Where an administered figure is set: the web page of the policy's parameters, its dialog open. */
export const figurePath = (policyId: string, name: string) =>
  `/policies/${encodeURIComponent(policyId)}?tab=parameters&parameter=${encodeURIComponent(name)}`;

/** A figure an evaluation read as a placeholder, with the page that sets it (for links). */
export const figureLink = (policyId: string, f: PlaceholderFigure) => ({
  policyId,
  name: f.name,
  key: f.key ?? null,
  label: f.label,
  path: figurePath(policyId, f.name),
});

/**
 * Who sets administered figures, and where: 须由市局业务审核员在「政策参数」中设置后重新核验.
 * `roleNames` are the roles holding `policy:configure` (roles are editable, so they are read, not
 * assumed).
 */
export function settersPhrase(roleNames: readonly string[]): string {
  if (roleNames.length === 0)
    return `须先由系统管理员在「角色管理」中为业务角色授予「设置地方政策参数」权限，再在「${FIGURES_PAGE}」中设置后重新核验`;
  return `须由${roleNames.join('或')}在「${FIGURES_PAGE}」中设置后重新核验`;
}

export interface FigureView {
  policyId: string;
  policyName: string;
  jurisdiction: { code: string; name: string };
  /** the policy is of one of the deployment's own jurisdictions */
  local: boolean;
  name: string;
  /** the breakdown the key is of (insurance, certificate_level…), null without one */
  by: string | null;
  key: string | null;
  label: string;
  unit: string;
  status: 'unset' | 'set';
  /** unset: from when the policy needs the figure (the placeholder's date or the policy's start) */
  neededSince: IsoDate | null;
  /** set: the administered value in force today, from when, on what basis, by whom */
  value: string | null;
  from: IsoDate | null;
  refDoc: string | null;
  setByName: string | null;
  setAt: string | null;
  path: string;
}

/**
 * The administered figures of a policy in force today — the parameters the YAML leaves as a
 * placeholder — each unset (still the placeholder today) or set (an administrator's value in force
 * today). `rows` are the policy's administered values with the names of who set them.
 */
export function policyFigures(
  policy: AnyPolicy,
  rows: readonly { value: ParameterValueRow; setByName: string | null }[],
  today: IsoDate,
  local: boolean,
): FigureView[] {
  if (policy.validity.to !== null && policy.validity.to < today) return [];
  const effective = withAdministeredValues(
    policy,
    rows.map((r) => asAdministered(r.value)),
  );
  const out: FigureView[] = [];
  for (const name of policy.usesParameters) {
    const def = policy.parameters[name]!;
    for (const [key, steps] of Object.entries(def.steps)) {
      if (!steps.some((s) => s.placeholder)) continue;
      const step = stepAt(effective.parameters[name]!.steps[key] ?? [], today);
      if (!step || step.value === null) continue;
      const row = step.placeholder
        ? undefined
        : rows.find(
            (r) => r.value.name === name && r.value.key === key && r.value.effectiveFrom === step.from,
          );
      if (!step.placeholder && !row) continue; // a published value from the YAML, not administered
      out.push({
        policyId: policy.id,
        policyName: policy.name,
        jurisdiction: policy.jurisdiction,
        local,
        name,
        by: def.by ?? null,
        key: key === NO_KEY ? null : key,
        label: def.label,
        unit: def.unit,
        status: row ? 'set' : 'unset',
        neededSince: row ? null : [step.from, policy.validity.from].sort()[1]!,
        value: row?.value.value ?? null,
        from: row?.value.effectiveFrom ?? null,
        refDoc: row?.value.refDoc ?? null,
        setByName: row?.setByName ?? null,
        setAt: row?.value.setAt.toISOString() ?? null,
        path: figurePath(policy.id, name),
      });
    }
  }
  return out;
}
