import { and, inArray } from 'drizzle-orm';
import {
  attempt,
  type Candidate,
  type ImportKind,
  type RowIssue,
} from '../../../platform/excel-import/importer.ts';
import {
  employersByCreditCode,
  holdersOf,
  isIssue,
  registeredPersonColumn,
} from '../registry-import-lookups.ts';
import { monthToDate } from './contributions.repo.ts';
import {
  contributionStatuses,
  contributionStatusLabels,
  insuranceContributions as ic,
} from './contributions.schema.ts';
import { checkContribution } from './contributions.service.ts';

/** 2026-03, 2026/3, 2026.3, 2026年3月, 202603, or a date cell of that month → YYYY-MM. */
export function monthOf(text: string): string | null {
  const m = /^(\d{4})\s*(?:[-/.年]\s*(\d{1,2})\s*月?|(\d{2}))(?:\s*[-/.]\s*\d{1,2}\s*日?)?$/.exec(
    text.trim(),
  );
  if (!m) return null;
  const month = Number(m[2] ?? m[3]);
  return month >= 1 && month <= 12 ? `${m[1]}-${String(month).padStart(2, '0')}` : null;
}

/** Yuan as written (at most two decimals) → integer fen; null when it is not a money amount. */
export function fenOf(yuan: number): number | null {
  const fen = Math.round(yuan * 100);
  return Math.abs(fen - yuan * 100) < 1e-6 ? fen : null;
}

const keyOf = (personId: string, kind: string, month: string, employerId: string | null) =>
  `${personId}|${kind}|${month}|${employerId ?? ''}`;

const comparable = (c: { status: string; baseFen: number; personalFen: number; unitFen: number }) => ({
  缴费状态: c.status,
  缴费基数: c.baseFen,
  个人缴费: c.personalFen,
  单位缴费: c.unitFen,
});

const money = [
  ['baseFen', '缴费基数（元）'],
  ['personalFen', '个人缴费（元）'],
  ['unitFen', '单位缴费（元）'],
] as const;

/**
 * Monthly social-insurance contributions (社会保险缴费记录) from a workbook, by the rules of
 * POST /api/persons/:id/contributions (checkContribution: month not in the future nor before the
 * person turned 16, amounts in fen). The person is found by ID number in the uploader's scope; the
 * employer by credit code in their `employer:read` scope, or none for a flexible worker. Natural
 * key: person, kind, month, employer — the table's unique key.
 */
export const contributionsImport: ImportKind = {
  kind: 'contributions',
  label: '社会保险缴费记录',
  permission: 'person:write',
  table: ic,
  columns: [
    registeredPersonColumn('参保人公民身份号码'),
    {
      key: 'kind',
      header: '险种',
      type: 'dict',
      dict: 'insurance_kind',
      required: true,
      example: '基本养老保险',
    },
    { key: 'month', header: '缴费月份', type: 'text', required: true, example: '2026-03', note: '年-月' },
    {
      key: 'status',
      header: '缴费状态',
      type: 'choice',
      choices: Object.fromEntries(contributionStatuses.map((s) => [contributionStatusLabels[s], s])),
      note: '留空为已缴',
    },
    { key: 'baseFen', header: money[0][1], type: 'number', required: true, example: '4000.00' },
    { key: 'personalFen', header: money[1][1], type: 'number', required: true, example: '320.00' },
    { key: 'unitFen', header: money[2][1], type: 'number', required: true, example: '640.00' },
    {
      key: 'employer',
      header: '缴费单位统一社会信用代码',
      type: 'code',
      width: 22,
      note: '灵活就业人员留空',
    },
  ],

  async build(rows, env) {
    const people = await holdersOf(
      env,
      rows.map(({ cells }) => String(cells.idNumber)),
      'idNumber',
    );
    const employerIds = await employersByCreditCode(
      env,
      rows.map(({ cells }) => String(cells.employer ?? '')),
    );
    return rows.map(({ cells }, i): Candidate | RowIssue[] => {
      const person = people[i]!;
      const issues: RowIssue[] = isIssue(person) ? [person] : [];
      const month = monthOf(String(cells.month));
      if (!month)
        issues.push({ column: 'month', message: `缴费月份「${String(cells.month)}」格式应为 YYYY-MM` });
      const fen = Object.fromEntries(
        money.map(([key, header]) => {
          const v = fenOf(Number(cells[key]));
          if (v === null) issues.push({ column: key, message: `「${header}」最多保留两位小数` });
          return [key, v ?? 0];
        }),
      ) as Record<(typeof money)[number][0], number>;
      const code = cells.employer ? String(cells.employer) : null;
      const employerId = code ? (employerIds.get(code) ?? null) : null;
      if (code && !employerId)
        issues.push({ column: 'employer', message: `用人单位「${code}」不存在或无权访问` });
      if (isIssue(person) || !month || issues.length > 0) return issues;
      const input = { kind: String(cells.kind), month, employerId, ...fen };
      // checkContribution lists every problem of the row in one message; report it on the month.
      attempt(issues, 'month', () => checkContribution(input, person.birthDate, env.today));
      if (issues.length > 0) return issues;
      const row = {
        personId: person.id,
        employerId,
        kind: input.kind,
        month: monthToDate(month),
        status: String(cells.status ?? 'paid') as (typeof contributionStatuses)[number],
        ...fen,
        orgId: person.orgId,
        orgPath: person.orgPath,
        createdBy: env.actor.userId,
      };
      return {
        key: keyOf(person.id, input.kind, row.month, employerId),
        keyColumn: 'month',
        row,
        compare: comparable(row),
      };
    });
  },

  async existing(db, keys) {
    const parts = keys.map((k) => k.split('|'));
    const rows = await db
      .select({
        personId: ic.personId,
        employerId: ic.employerId,
        kind: ic.kind,
        month: ic.month,
        status: ic.status,
        baseFen: ic.baseFen,
        personalFen: ic.personalFen,
        unitFen: ic.unitFen,
      })
      .from(ic)
      .where(
        and(
          inArray(ic.personId, [...new Set(parts.map((p) => p[0]!))]),
          inArray(ic.month, [...new Set(parts.map((p) => p[2]!))]),
        ),
      );
    return new Map(rows.map((r) => [keyOf(r.personId, r.kind, r.month, r.employerId), comparable(r)]));
  },
};
