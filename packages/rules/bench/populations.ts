/**
 * Fixed, seeded populations for the rules benchmarks, as columns (dotted input paths), with past
 * claims per person. Every value is one a person could send; some fail conditions.
 */
import type { Columns } from '../src/engine/batch.ts';
import type { PastClaimInput } from '../src/engine/constraints.ts';
import { addDays } from '../src/engine/dates.ts';

export interface BenchPopulation {
  columns: Columns;
  pastClaims: PastClaimInput[][];
}

/** mulberry32: a small deterministic PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function builder(seed: number) {
  const r = prng(seed);
  const cols: Record<string, unknown[]> = {};
  return {
    r,
    cols,
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!,
    push: (key: string, value: unknown) => {
      cols[key] ??= [];
      cols[key].push(value);
    },
  };
}

const ORIGINS = [
  'local_urban',
  'local_rural',
  'in_province_rural',
  'out_of_city_urban',
  'out_of_province_rural',
];
const OBTAINED = ['training', 'training', 'training', 'competition', 'evaluation', 'direct_appraisal'];
const PARTS = ['both', 'both', 'training', 'appraisal'];

/** Persons applying for zhuhai.high-skill-subsidy. */
export function zhuhaiPopulation(size: number, seed: number): BenchPopulation {
  const { r, pick, push, cols } = builder(seed);
  const pastClaims: PastClaimInput[][] = [];
  for (let i = 0; i < size; i++) {
    const level = 1 + Math.floor(r() * 5);
    const issued = addDays('2025-01-01', Math.floor(r() * 540));
    const contractYears = Math.floor(r() * 5);
    push('part', pick(PARTS));
    push('labourOrigin', pick(ORIGINS));
    push('appliedOn', addDays(issued, Math.floor(r() * 90)));
    push('certificate.level', level);
    push('certificate.occupation', '电工');
    push('certificate.issuedOn', issued);
    push('certificate.obtainedBy', pick(OBTAINED));
    push('certificate.organisedLocally', r() < 0.9);
    push('shortageCatalogue.listed', r() < 0.9);
    push('shortageCatalogue.publishedOn', '2024-12-01');
    push('contract.localEmployer', r() < 0.95);
    push('contract.startOn', '2024-09-01');
    push('contract.endOn', addDays(`${2024 + contractYears}-09-01`, -1));
    push('insurance.payingLocally', r() < 0.9);
    push('insurance.localMonths', Math.floor(r() * 60));
    push('recordedInSystem', r() < 0.95);
    pastClaims.push(
      r() < 0.1
        ? [
            {
              id: `P${i}`,
              policyId: 'zhuhai.high-skill-subsidy',
              category: `level_${level}`,
              decidedOn: '2024-12-31',
            },
          ]
        : [],
    );
  }
  return { columns: cols, pastClaims };
}

const ym = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/** Persons applying for county-city.employment-assistance (no past claims: it has no once-only condition). */
export function employmentAssistancePopulation(size: number, seed: number): BenchPopulation {
  const { r, pick, push, cols } = builder(seed);
  for (let i = 0; i < size; i++) {
    const gender = r() < 0.5 ? 'male' : 'female';
    push('person.gender', gender);
    push('person.birthDate', addDays('1962-01-01', Math.floor(r() * 12_000)));
    push('person.retirementCategory', gender === 'male' ? 'male' : pick(['female_worker', 'female_cadre']));
    push('person.localHukou', r() < 0.95);
    push('person.hukouType', r() < 0.7 ? 'urban' : 'rural');
    push('benefitEndedOn', addDays('2023-01-01', Math.floor(r() * 1_100)));
    push('reEmployed', r() < 0.15);
    push('insurancePaid', r() < 0.15);
    push('economicHardship', r() < 0.8);
    const from = 2025 * 12 + Math.floor(r() * 24);
    push('period.fromMonth', ym(from));
    push('period.toMonth', ym(from + Math.floor(r() * 12)));
  }
  return { columns: cols, pastClaims: [] };
}
