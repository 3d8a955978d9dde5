import { inArray } from 'drizzle-orm';
import type { Candidate, ImportKind, RowIssue } from '../../../platform/excel-import/importer.ts';
import { rowClashes } from '../import-row-clashes.ts';
import {
  employersByCreditCode,
  holdersOf,
  isIssue,
  registeredPersonColumn,
} from '../registry-import-lookups.ts';
import { employmentViolations, endViolations, OPEN_EMPLOYMENT_MESSAGE } from './registration-input-rules.ts';
import { checkPeriodOverlap, type Period, periodsOverlap } from './registration-rules.ts';
import { employmentRegistrations as emp } from './registrations.schema.ts';
import { others, periodsOf, registrationKey } from './registrations-import-lookups.ts';

const comparable = (r: {
  form: string;
  employerId: string | null;
  employerName: string | null;
  endedOn: string | null;
  endReason: string | null;
}) => ({
  就业形式: r.form,
  用人单位: r.employerId ?? r.employerName,
  终止日期: r.endedOn,
  终止原因: r.endReason,
});

const asIssues = (vs: { path: string; message: string }[]): RowIssue[] =>
  vs.map((v) => ({ column: v.path === 'employerId' ? 'employer' : v.path, message: v.message }));

/**
 * 就业登记 from a workbook, by the rules of POST /api/persons/:id/employment-registrations
 * (registration-input-rules.ts): the person by ID number in the uploader's scope, the employer by
 * credit code in their `employer:read` scope (or a name for one outside the registry), a
 * start date not in the future nor before 16. A row may carry its end (historical records), so
 * periods are checked for overlap — with the person's registrations in the database and with the
 * other rows of the file — and an open one needs the person to have none open. Unlike the form,
 * the import does not close an open 失业登记: a period overlapping one is refused. Natural key:
 * the person and the start date.
 */
export const employmentRegistrationsImport: ImportKind = {
  kind: 'employment-registrations',
  label: '就业登记',
  permission: 'person:write',
  table: emp,
  columns: [
    registeredPersonColumn(),
    {
      key: 'form',
      header: '就业形式',
      type: 'dict',
      dict: 'employment_form',
      required: true,
      example: '单位就业',
    },
    {
      key: 'employer',
      header: '用人单位统一社会信用代码',
      type: 'code',
      width: 22,
      note: '单位就业须填写此列或单位名称',
    },
    {
      key: 'employerName',
      header: '用人单位名称',
      type: 'text',
      maxLength: 100,
      width: 24,
      note: '仅当单位不在本系统中时填写',
    },
    { key: 'startedOn', header: '就业日期', type: 'date', required: true, example: '2026-03-01' },
    { key: 'endedOn', header: '终止日期', type: 'date', note: '仍在就业的留空' },
    { key: 'endReason', header: '终止原因', type: 'dict', dict: 'employment_end_reason' },
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
    const stored = await periodsOf(
      env.db,
      people.flatMap((p) => (isIssue(p) ? [] : [p.id])),
    );
    const checked = rows.map(({ cells }, i) => {
      const person = people[i]!;
      if (isIssue(person)) return { issues: [person] };
      const code = cells.employer ? String(cells.employer) : null;
      const employerId = code ? (employerIds.get(code) ?? null) : null;
      const fields = {
        form: String(cells.form),
        employerId,
        employerName: employerId ? null : ((cells.employerName as string | null) ?? null),
        startedOn: String(cells.startedOn),
      };
      const period: Period = {
        startedOn: fields.startedOn,
        endedOn: (cells.endedOn as string | null) ?? null,
      };
      const endReason = (cells.endReason as string | null) ?? null;
      const issues: RowIssue[] = [];
      if (code && !employerId)
        issues.push({ column: 'employer', message: `用人单位「${code}」不存在或无权访问` });
      // An unknown credit code is reported above, not again as a missing employer.
      issues.push(
        ...asIssues(employmentViolations(person, { ...fields, employerId: employerId ?? code }, env.today)),
      );
      issues.push(...asIssues(endViolations('终止日期', period, endReason, env.today)));
      const key = registrationKey(person.id, period.startedOn);
      if (issues.length === 0) issues.push(...againstStored(person.id, key, period, stored));
      return { issues, person, key, period, row: { ...fields, ...period, endReason } };
    });
    const clashes = rowClashes(
      env,
      'employment',
      checked.map((c, i) =>
        c.person && c.issues.length === 0
          ? { rowNo: rows[i]!.rowNo, group: c.person.id, key: c.key!, value: c.period! }
          : null,
      ),
      periodsOverlap,
    );
    return checked.map((c, i): Candidate | RowIssue[] => {
      const issues = [
        ...c.issues,
        ...clashes[i]!.map((n) => ({ column: 'startedOn', message: `与第 ${n} 行同一人员的就业期间重叠` })),
      ];
      if (issues.length > 0 || !c.person) return issues;
      const row = {
        personId: c.person.id,
        ...c.row!,
        orgId: c.person.orgId,
        orgPath: c.person.orgPath,
        createdBy: env.actor.userId,
      };
      return { key: c.key!, keyColumn: 'startedOn', row, compare: comparable(row) };
    });
  },

  async existing(db, keys) {
    const personIds = [...new Set(keys.map((k) => k.split('|')[0]!))];
    const rows = await db
      .select({
        personId: emp.personId,
        startedOn: emp.startedOn,
        form: emp.form,
        employerId: emp.employerId,
        employerName: emp.employerName,
        endedOn: emp.endedOn,
        endReason: emp.endReason,
      })
      .from(emp)
      .where(inArray(emp.personId, personIds));
    return new Map(rows.map((r) => [registrationKey(r.personId, r.startedOn), comparable(r)]));
  },
};

/** The row against the person's stored registrations other than its own record. */
function againstStored(
  personId: string,
  key: string,
  period: Period,
  stored: Awaited<ReturnType<typeof periodsOf>>,
): RowIssue[] {
  const employment = others(stored.employment.get(personId), key);
  if (period.endedOn === null && employment.some((p) => p.endedOn === null))
    return [{ column: 'startedOn', message: OPEN_EMPLOYMENT_MESSAGE }];
  const overlap = checkPeriodOverlap('就业日期', 'startedOn', period, employment);
  if (overlap) return [{ column: 'startedOn', message: overlap.message }];
  const u = (stored.unemployment.get(personId) ?? []).find((p) => periodsOverlap(p, period));
  if (!u) return [];
  const message = `就业期间与本人失业登记（${u.startedOn} 至 ${u.endedOn ?? '今'}）重叠，请先注销该失业登记`;
  return [{ column: 'startedOn', message }];
}
