import { getPolicy } from '@minsheng/rules/catalogue.ts';
import { policyInputFields } from '@minsheng/rules/engine/evaluate.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { invalid } from '../../../platform/errors.ts';
import type { FactOverride } from './fact-types.ts';

/** An officer's change of one pre-filled fact (or taking a change back), always with a reason. */
export interface FactChange {
  /** the input field, e.g. "person.birthDate" */
  path: string;
  /** the value the rule shall read instead of the registry's */
  value?: unknown;
  /** take an earlier change back: the registry's value applies again */
  remove?: boolean | undefined;
  reason: string;
}

export const MIN_REASON = 5;

/**
 * The overrides after `changes`, and what the audit records of them. A change names a field of the
 * policy's input and gives a reason of at least MIN_REASON characters; the value itself is checked
 * with the whole input when the case is submitted, accepted or reviewed.
 */
export function applyFactChanges(
  policyId: string,
  current: Readonly<Record<string, FactOverride>>,
  changes: readonly FactChange[],
  actor: Actor,
  now: Date,
) {
  const policy = getPolicy(policyId);
  const fields = new Map(
    (policy ? policyInputFields(policy) : []).map((f) => [f.path.join('.'), f.titles.join(' · ')]),
  );
  const overrides = { ...current };
  const audit: { path: string; field: string; before: unknown; after: unknown; reason: string }[] = [];
  for (const [i, c] of changes.entries()) {
    const field = fields.get(c.path);
    if (!field)
      throw invalid(`第${i + 1}项修改：申请信息中没有「${c.path}」这一项`, [
        { path: `factChanges.${i}.path`, message: '无此项' },
      ]);
    const reason = c.reason.trim();
    if (reason.length < MIN_REASON)
      throw invalid(`修改「${field}」须写明理由（至少 ${MIN_REASON} 个字）`, [
        { path: `factChanges.${i}.reason`, message: '请写明理由' },
      ]);
    if (!c.remove && c.value === undefined)
      throw invalid(`修改「${field}」须填写新的值`, [{ path: `factChanges.${i}.value`, message: '必填' }]);
    const before = overrides[c.path]?.value;
    if (c.remove) delete overrides[c.path];
    else
      overrides[c.path] = {
        value: c.value,
        reason,
        byId: actor.userId,
        byName: actor.displayName,
        at: now.toISOString(),
      };
    audit.push({ path: c.path, field, before: before ?? null, after: c.remove ? null : c.value, reason });
  }
  return { overrides, audit };
}
