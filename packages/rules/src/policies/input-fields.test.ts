import { describe, expect, it } from 'vitest';
import { catalogue } from '../catalogue.ts';
import { isFactKey } from '../engine/facts.ts';
import { type InputField, inputFields, inputJsonSchema } from '../engine/input-fields.ts';

const HAN = /\p{Script=Han}/u;
/** zod's own bounds of `.int()`: an integer without `.min()`/`.max()` of its own. */
const UNBOUNDED = Number.MAX_SAFE_INTEGER;

/** What is missing from a field for a form and its error messages: titles, labels, facts, bounds. */
function problems(f: InputField): string[] {
  const out: string[] = [];
  if (!HAN.test(f.title)) out.push(`no Chinese title (${f.title})`);
  for (const v of f.enum ?? []) if (!HAN.test(f.enumLabels?.[v] ?? '')) out.push(`no Chinese label of ${v}`);
  for (const [v, label] of Object.entries(f.enumLabels ?? {}))
    if (!HAN.test(label)) out.push(`label of ${v} is not Chinese`);
  if (f.fact !== undefined && !isFactKey(f.fact)) out.push(`unknown fact ${f.fact}`);
  // Codes are bounded by their list and dates at the HTTP edge; every other string has a longest value.
  if (f.type === 'string' && !f.enum && f.format !== 'date' && f.maxLength === undefined)
    out.push('no maxLength');
  if (f.type === 'integer' || f.type === 'number') {
    if (f.minimum === undefined || f.minimum <= -UNBOUNDED) out.push('no minimum');
    if (f.maximum === undefined || f.maximum >= UNBOUNDED) out.push('no maximum');
  }
  if (f.type === 'array' && f.maxItems === undefined) out.push('no maxItems');
  if (f.type === 'unknown') out.push('type not exported to JSON Schema');
  return out;
}

describe('policy input fields', () => {
  it.each(catalogue.map((e) => [e.policy.id, e.policy] as const))(
    '%s: every field has a Chinese title, labelled codes, known facts and bounds',
    (_id, policy) => {
      const fields = inputFields(inputJsonSchema(policy.input));
      expect(fields.length).toBeGreaterThan(0);
      const found = fields.flatMap((f) => problems(f).map((p) => `${f.path.join('.')}: ${p}`));
      expect(found).toEqual([]);
    },
  );

  it('reports what a field lacks', () => {
    const bare: InputField = {
      path: ['person', 'name'],
      title: 'name',
      titles: ['person', 'name'],
      type: 'string',
      required: true,
      nullable: false,
      group: false,
    };
    expect(problems({ ...bare, fact: 'person.name' })).toEqual([
      'no Chinese title (name)',
      'unknown fact person.name',
      'no maxLength',
    ]);
    const coded = { ...bare, title: '类别', enum: ['a', 'b'], enumLabels: { a: 'A' } };
    expect(problems(coded)).toEqual([
      'no Chinese label of a',
      'no Chinese label of b',
      'label of a is not Chinese',
    ]);
    expect(
      problems({ ...bare, title: '人数', type: 'integer', minimum: -UNBOUNDED, maximum: UNBOUNDED }),
    ).toEqual(['no minimum', 'no maximum']);
    expect(problems({ ...bare, title: '名单', type: 'array', group: true })).toEqual(['no maxItems']);
    expect(problems({ ...bare, title: '日期', format: 'date', fact: 'person.birthDate' })).toEqual([]);
  });
});
