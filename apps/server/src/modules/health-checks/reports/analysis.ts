import { ageOn, type IsoDate } from '@minsheng/rules/engine/dates.ts';
import { type FindingCode, findingCodes } from '../examinations/finding-codes.ts';

/** One examined person as the analysis counts them: no name, no ID, no results — only these. */
export interface AnalysisPerson {
  birthDate: IsoDate;
  /** '1' 男, '2' 女 (GB/T 2261.1) */
  gender: '1' | '2';
  employer: string | null;
  findings: readonly FindingCode[];
}

export const ageBands = [
  { code: 'under_30', label: '30岁以下', below: 30 },
  { code: '30_39', label: '30–39岁', below: 40 },
  { code: '40_49', label: '40–49岁', below: 50 },
  { code: '50_59', label: '50–59岁', below: 60 },
  { code: '60_plus', label: '60岁及以上', below: Number.POSITIVE_INFINITY },
] as const;

/** Persons in a cell: a count, or "<5" where 1–4 persons could be recognised (small-cell suppression). */
export type Cell = number | '<5';
export const SMALL_CELL = 5;
export const suppress = (n: number): Cell => (n > 0 && n < SMALL_CELL ? '<5' : n);

/** Employers shown by name (by examinees, most first); the rest are summed as 其他单位. */
export const TOP_EMPLOYERS = 10;
const NO_EMPLOYER = '灵活就业人员（无参检单位）';
const OTHER_EMPLOYERS = '其他单位';

interface Tally {
  persons: number;
  withFindings: number;
}
const row = (t: Tally) => ({ persons: suppress(t.persons), withFindings: suppress(t.withFindings) });

/**
 * 第十六条 体检分析报告: the examined persons of a plan counted by age band (on the plan's first
 * day), sex, employer and finding. Every cell of 1–4 persons reads "<5"; the output holds counts
 * and labels only, never a person.
 */
export function analysisFigures(people: readonly AnalysisPerson[], on: IsoDate) {
  const bandOf = (p: AnalysisPerson) => ageBands.findIndex((b) => ageOn(p.birthDate, on) < b.below);
  const tally = () => ({ persons: 0, withFindings: 0 });
  const bands = ageBands.map(tally);
  const sexes = { '1': tally(), '2': tally() };
  const employers = new Map<string, Tally>();
  const findings = new Map(
    findingCodes.map((f) => [f.code, { persons: 0, male: 0, female: 0, bands: ageBands.map(() => 0) }]),
  );
  for (const p of people) {
    const any = p.findings.length > 0 ? 1 : 0;
    const band = bandOf(p);
    const name = p.employer ?? NO_EMPLOYER;
    const employer = employers.get(name) ?? tally();
    employers.set(name, employer);
    for (const t of [bands[band]!, sexes[p.gender], employer]) {
      t.persons += 1;
      t.withFindings += any;
    }
    for (const code of new Set(p.findings)) {
      const f = findings.get(code)!;
      f.persons += 1;
      f[p.gender === '1' ? 'male' : 'female'] += 1;
      f.bands[band]! += 1;
    }
  }
  const ranked = [...employers.entries()].sort(
    (a, b) => b[1].persons - a[1].persons || a[0].localeCompare(b[0]),
  );
  const rest = ranked
    .slice(TOP_EMPLOYERS)
    .reduce(
      (t, [, e]) => ({ persons: t.persons + e.persons, withFindings: t.withFindings + e.withFindings }),
      tally(),
    );
  const withFindings = people.filter((p) => p.findings.length > 0).length;
  return {
    examined: suppress(people.length),
    withFindings: suppress(withFindings),
    byAgeBand: ageBands.map((b, i) => ({ code: b.code, label: b.label, ...row(bands[i]!) })),
    bySex: [
      { code: '1', label: '男', ...row(sexes['1']) },
      { code: '2', label: '女', ...row(sexes['2']) },
    ],
    byEmployer: [
      ...ranked.slice(0, TOP_EMPLOYERS).map(([name, t]) => ({ name, ...row(t) })),
      ...(rest.persons > 0 ? [{ name: OTHER_EMPLOYERS, ...row(rest) }] : []),
    ],
    byFinding: findingCodes.map((f) => {
      const t = findings.get(f.code)!;
      return {
        code: f.code,
        label: f.label,
        serious: f.serious,
        persons: suppress(t.persons),
        male: suppress(t.male),
        female: suppress(t.female),
        byAgeBand: t.bands.map(suppress),
      };
    }),
  };
}

export type AnalysisFigures = ReturnType<typeof analysisFigures>;
