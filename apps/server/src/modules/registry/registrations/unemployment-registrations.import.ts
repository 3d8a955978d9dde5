import { inArray } from 'drizzle-orm';
import type { Candidate, ImportKind, RowIssue } from '../../../platform/excel-import/importer.ts';
import { rowClashes } from '../import-row-clashes.ts';
import { holdersOf, isIssue, registeredPersonColumn } from '../registry-import-lookups.ts';
import {
  CERTIFICATE_TAKEN_MESSAGE,
  endViolations,
  OPEN_UNEMPLOYMENT_MESSAGE,
  unemploymentHistoryViolation,
  unemploymentViolations,
} from './registration-input-rules.ts';
import { type Period, periodsOverlap, type Violation } from './registration-rules.ts';
import { unemploymentRegistrations as unemp } from './registrations.schema.ts';
import {
  certificateHolders,
  others,
  periodsOf,
  registrationKey,
  type Station,
  stationsFor,
} from './registrations-import-lookups.ts';

const comparable = (r: {
  reason: string;
  certificateNumber: string;
  stationId: number;
  endedOn: string | null;
  endReason: string | null;
}) => ({
  失业原因: r.reason,
  就业创业证编号: r.certificateNumber,
  登记机构: r.stationId,
  注销日期: r.endedOn,
  注销原因: r.endReason,
});

const asIssues = (vs: Violation[]): RowIssue[] =>
  vs.map((v) => ({ column: v.path === 'stationId' ? 'station' : v.path, message: v.message }));

type Stations = Awaited<ReturnType<typeof stationsFor>>;

function stationOf(text: string, orgPath: string, stations: Stations): Station | RowIssue {
  if (text === '')
    return (
      stations.defaultFor(orgPath) ?? {
        column: 'station',
        message: '本人所在机构之上没有街道（乡镇）及以上机构',
      }
    );
  const s = stations.named(text);
  if (s === 'unknown') return { column: 'station', message: `登记机构「${text}」不存在` };
  if (s === 'ambiguous') return { column: 'station', message: `有多个名为「${text}」的机构，请填写区划代码` };
  return s;
}

/**
 * 失业登记 from a workbook, by the rules of POST /api/persons/:id/unemployment-registrations
 * (registration-input-rules.ts, `001 篇3 五(四)`): the person by ID number in the uploader's
 * scope; a date in working age, not in the future nor before 16; a public employment service
 * station serving the person (by default the nearest street/town one above them); the place rule
 * (urban local hukou, or ≥ 6 months of ended employment here); no overlap with the person's
 * employment or other unemployment registrations, in the database or elsewhere in the file; at
 * most one open; a 《就业创业证》 number no other person holds. Natural key: person and date.
 */
export const unemploymentRegistrationsImport: ImportKind = {
  kind: 'unemployment-registrations',
  label: '失业登记',
  permission: 'person:write',
  table: unemp,
  columns: [
    registeredPersonColumn(),
    { key: 'registeredOn', header: '失业登记日期', type: 'date', required: true, example: '2026-03-01' },
    {
      key: 'reason',
      header: '失业原因',
      type: 'dict',
      dict: 'unemployment_reason',
      required: true,
      example: '解除劳动合同',
    },
    {
      key: 'certificateNumber',
      header: '《就业创业证》编号',
      type: 'code',
      required: true,
      maxLength: 30,
      width: 22,
    },
    {
      key: 'station',
      header: '登记机构',
      type: 'text',
      width: 20,
      note: '街道（乡镇）及以上机构名称或区划代码；留空为本人所在街道',
    },
    { key: 'endedOn', header: '注销日期', type: 'date', note: '仍有效的留空' },
    { key: 'endReason', header: '注销原因', type: 'dict', dict: 'unemployment_end_reason' },
  ],

  async build(rows, env) {
    const people = await holdersOf(
      env,
      rows.map(({ cells }) => String(cells.idNumber)),
      'idNumber',
    );
    const found = people.flatMap((p) => (isIssue(p) ? [] : [p]));
    const [stored, holders, stations] = await Promise.all([
      periodsOf(
        env.db,
        found.map((p) => p.id),
      ),
      certificateHolders(
        env.db,
        rows.map(({ cells }) => String(cells.certificateNumber)),
      ),
      stationsFor(
        env.db,
        found.map((p) => p.orgPath),
        rows.map(({ cells }) => String(cells.station ?? '')),
      ),
    ]);
    const checked = rows.map(({ cells }, i) => {
      const person = people[i]!;
      if (isIssue(person)) return { issues: [person] };
      const period: Period = {
        startedOn: String(cells.registeredOn),
        endedOn: (cells.endedOn as string | null) ?? null,
      };
      const endReason = (cells.endReason as string | null) ?? null;
      const certificateNumber = String(cells.certificateNumber);
      const station = stationOf(String(cells.station ?? ''), person.orgPath, stations);
      const issues: RowIssue[] = [];
      if ('message' in station) issues.push(station);
      else issues.push(...asIssues(unemploymentViolations(person, period.startedOn, station, env.today)));
      issues.push(...asIssues(endViolations('注销日期', period, endReason, env.today)));
      if ([...(holders.get(certificateNumber) ?? [])].some((id) => id !== person.id))
        issues.push({ column: 'certificateNumber', message: CERTIFICATE_TAKEN_MESSAGE });
      const key = registrationKey(person.id, period.startedOn);
      if (issues.length === 0) {
        const mine = others(stored.unemployment.get(person.id), key);
        const employment = stored.employment.get(person.id) ?? [];
        const v =
          period.endedOn === null && mine.some((p) => p.endedOn === null)
            ? { path: 'registeredOn', message: OPEN_UNEMPLOYMENT_MESSAGE }
            : unemploymentHistoryViolation(person, period, employment, mine);
        if (v) issues.push(...asIssues([v]));
      }
      const row = {
        personId: person.id,
        registeredOn: period.startedOn,
        stationId: 'message' in station ? 0 : station.id,
        certificateNumber,
        reason: String(cells.reason),
        endedOn: period.endedOn,
        endReason,
        orgId: person.orgId,
        orgPath: person.orgPath,
        createdBy: env.actor.userId,
      };
      return { issues, key, period, row };
    });
    const ok = (i: number) => {
      const c = checked[i]!;
      return c.row && c.issues.length === 0 ? { rowNo: rows[i]!.rowNo, key: c.key! } : null;
    };
    const overlaps = rowClashes(
      env,
      'unemployment',
      checked.map((c, i) => {
        const r = ok(i);
        return r && c.row ? { ...r, group: c.row.personId, value: c.period! } : null;
      }),
      periodsOverlap,
    );
    const numbers = rowClashes(
      env,
      'certificate',
      checked.map((c, i) => {
        const r = ok(i);
        return r && c.row ? { ...r, group: c.row.certificateNumber, value: c.row.personId } : null;
      }),
      (a, b) => a !== b,
    );
    return checked.map((c, i): Candidate | RowIssue[] => {
      const issues = [
        ...c.issues,
        ...overlaps[i]!.map((n) => ({
          column: 'registeredOn',
          message: `与第 ${n} 行同一人员的失业登记期间重叠`,
        })),
        ...numbers[i]!.map((n) => ({
          column: 'certificateNumber',
          message: `与第 ${n} 行他人的《就业创业证》编号相同`,
        })),
      ];
      if (issues.length > 0 || !c.row) return issues;
      return { key: c.key!, keyColumn: 'registeredOn', row: c.row, compare: comparable(c.row) };
    });
  },

  async existing(db, keys) {
    const personIds = [...new Set(keys.map((k) => k.split('|')[0]!))];
    const rows = await db
      .select({
        personId: unemp.personId,
        registeredOn: unemp.registeredOn,
        reason: unemp.reason,
        certificateNumber: unemp.certificateNumber,
        stationId: unemp.stationId,
        endedOn: unemp.endedOn,
        endReason: unemp.endReason,
      })
      .from(unemp)
      .where(inArray(unemp.personId, personIds));
    return new Map(rows.map((r) => [registrationKey(r.personId, r.registeredOn), comparable(r)]));
  },
};
