import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../engine/dates.ts';
import { isRulesError } from '../engine/errors.ts';
import type { FactKey } from '../engine/facts.ts';
import { yuanToFen } from '../engine/money.ts';
import { explainLead, screenablePolicies, screenColumns } from './screen.ts';
import type { FactColumns, FactRow } from './screening.ts';

const ON = '2026-12-04';
const date = (from: string, days: number) => fc.integer({ min: 0, max: days }).map((d) => addDays(from, d));

/**
 * Registry facts as the server's providers give them, some unknown (undefined) and some malformed,
 * weighted so that both leads and refusals are common.
 */
const personFacts = fc.record({
  'case.appliedOn': fc.constant(ON),
  'person.gender': fc.constantFrom('male', 'female'),
  'person.birthDate': date('1958-01-01', 16_000),
  'person.localHukou': fc.boolean(),
  'person.hukouType': fc.constantFrom('urban', 'rural'),
  'person.labourOrigin': fc.constantFrom(
    'local_urban',
    'local_rural',
    'in_province_rural',
    'out_of_city_urban',
  ),
  'person.benefitEndedOn': fc.option(date('2022-01-01', 1_800), { nil: undefined }),
  'person.employed': fc.boolean(),
  'certificate.level': fc.constantFrom(1, 2, 3, 4, 5, 9),
  'certificate.occupation': fc.constantFrom('电工', '焊工'),
  'certificate.issuedOn': date(addDays(ON, -90), 90),
  'certificate.obtainedBy': fc.constantFrom('training', 'competition', 'evaluation', 'direct_appraisal'),
  'shortage.listed': fc.constantFrom(true, true, true, false, undefined),
  'shortage.publishedOn': fc.constantFrom('2026-01-01', null),
  'contract.current': fc.option(
    fc.record({
      localEmployer: fc.constant(true),
      startOn: date('2024-01-01', 900),
      endOn: fc.option(date('2026-06-01', 2_000), { nil: null }),
    }),
    { nil: null, freq: 4 },
  ),
  'insurance.payingLocally': fc.constantFrom(true, true, true, false),
  'insurance.localMonths': fc.integer({ min: 0, max: 120 }),
  'insurance.recordedInSystem': fc.constantFrom(true, true, true, false),
});

const withRetirement = (row: Record<string, unknown>): FactRow => ({
  ...row,
  // the registry knows men's category only
  'person.retirementCategory': row['person.gender'] === 'male' ? 'male' : undefined,
});

const toColumns = (rows: readonly FactRow[]): FactColumns => {
  const keys = new Set(rows.flatMap((r) => Object.keys(r))) as Set<FactKey>;
  return Object.fromEntries([...keys].map((k) => [k, rows.map((r) => r[k])]));
};

describe('screenColumns', () => {
  for (const { policy, profile } of screenablePolicies(ON)) {
    it(`finds exactly the rows whose full evaluation does not refuse them: ${policy.id}`, () => {
      const seen = { leads: 0, others: 0 };
      fc.assert(
        fc.property(fc.array(personFacts.map(withRetirement), { minLength: 1, maxLength: 60 }), (rows) => {
          const result = screenColumns(policy, profile, toColumns(rows), ON);
          rows.forEach((row, i) => {
            let expected: { lead: number; fen: number };
            try {
              const { evaluation } = explainLead(policy, profile, row, ON);
              const lead = evaluation.outcome !== 'ineligible';
              expected = { lead: lead ? 1 : 0, fen: lead ? yuanToFen(evaluation.payableTotal!) : Number.NaN };
            } catch (e) {
              if (!isRulesError(e)) throw e;
              expected = { lead: 0, fen: Number.NaN };
            }
            expect({ lead: result.lead[i], fen: result.payableFen[i] }, `row ${i}`).toEqual(expected);
            seen[expected.lead ? 'leads' : 'others'] += 1;
          });
        }),
        { numRuns: 60 },
      );
      // the populations reach both answers, so the comparison is not between two empty lists
      expect(seen.leads).toBeGreaterThan(0);
      expect(seen.others).toBeGreaterThan(0);
    });
  }
});
