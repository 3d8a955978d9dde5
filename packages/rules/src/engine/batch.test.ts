import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { policy } from '../policies/zhuhai/high-skill-subsidy/policy.ts';
import { evaluateBatch, rowAt } from './batch.ts';
import { addDays } from './dates.ts';
import { evaluate } from './evaluate.ts';

const person = fc.record({
  part: fc.constantFrom('training', 'appraisal', 'both'),
  labourOrigin: fc.constantFrom(
    'local_urban',
    'local_rural',
    'in_province_rural',
    'out_of_city_urban',
    'out_of_province_rural',
  ),
  level: fc.integer({ min: 0, max: 5 }),
  issuedOffset: fc.integer({ min: 0, max: 600 }),
  applyAfter: fc.integer({ min: 0, max: 90 }),
  obtainedBy: fc.constantFrom('training', 'competition', 'evaluation', 'direct_appraisal'),
  organisedLocally: fc.boolean(),
  listed: fc.boolean(),
  contractYears: fc.integer({ min: 0, max: 4 }),
  localMonths: fc.integer({ min: 0, max: 60 }),
  payingLocally: fc.boolean(),
  recordedInSystem: fc.boolean(),
  claimedBefore: fc.boolean(),
});

describe('evaluateBatch', () => {
  it('rebuilds nested rows from dotted columns', () => {
    expect(rowAt({ 'a.b': [1, 2], c: ['x', 'y'] }, 1)).toEqual({ a: { b: 2 }, c: 'y' });
  });

  it('gives the same results as evaluating each person', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 12 }), (people) => {
        const issued = people.map((p) => addDays('2025-01-01', p.issuedOffset));
        const columns = {
          part: people.map((p) => p.part),
          labourOrigin: people.map((p) => p.labourOrigin),
          appliedOn: people.map((p, i) => addDays(issued[i]!, p.applyAfter)),
          'certificate.level': people.map((p) => p.level),
          'certificate.occupation': people.map(() => '电工'),
          'certificate.issuedOn': issued,
          'certificate.obtainedBy': people.map((p) => p.obtainedBy),
          'certificate.organisedLocally': people.map((p) => p.organisedLocally),
          'shortageCatalogue.listed': people.map((p) => p.listed),
          'shortageCatalogue.publishedOn': people.map(() => '2024-12-01'),
          'contract.localEmployer': people.map(() => true),
          'contract.startOn': people.map(() => '2024-09-01'),
          'contract.endOn': people.map((p) => addDays(`${2024 + p.contractYears}-09-01`, -1)),
          'insurance.payingLocally': people.map((p) => p.payingLocally),
          'insurance.localMonths': people.map((p) => p.localMonths),
          recordedInSystem: people.map((p) => p.recordedInSystem),
        };
        const pastClaims = people.map((p) =>
          p.claimedBefore
            ? [{ id: 'P1', policyId: policy.id, category: `level_${p.level}`, decidedOn: '2024-12-31' }]
            : [],
        );
        const on = '2026-06-30';
        const batch = evaluateBatch(policy, columns, { on, pastClaims });
        expect(batch.size).toBe(people.length);
        people.forEach((_, i) => {
          let single: ReturnType<typeof evaluate> | undefined;
          let code: string | undefined;
          try {
            single = evaluate(policy, rowAt(columns, i), { on, pastClaims: pastClaims[i]! });
          } catch (error) {
            code = (error as { code: string }).code;
          }
          expect(batch.errors[i]?.code).toBe(code);
          expect(batch.outcome[i]).toBe(single?.outcome ?? null);
          expect(batch.failed[i]).toEqual(single?.failed ?? []);
          expect(batch.amounts.training![i]).toBe(single?.amounts.training ?? null);
          expect(batch.amounts.appraisal![i]).toBe(single?.amounts.appraisal ?? null);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('rejects columns of different lengths', () => {
    expect(() => evaluateBatch(policy, { a: [1], b: [1, 2] }, { on: '2026-01-01' })).toThrow();
  });
});
