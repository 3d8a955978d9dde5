import { inArray } from 'drizzle-orm';
import type { Candidate, ImportKind, RowIssue } from '../../../platform/excel-import/importer.ts';
import { rowClashes } from '../import-row-clashes.ts';
import {
  employersByCreditCode,
  holdersOf,
  isIssue,
  registeredPersonColumn,
} from '../registry-import-lookups.ts';
import { contractTermKindLabels, contractTermKinds, labourContracts as lc } from './contracts.schema.ts';
import {
  type ContractSpan,
  contractsOverlap,
  contractTermViolations,
  OVERLAPPING_CONTRACT_MESSAGE,
} from './contracts.service.ts';

const keyOf = (personId: string, employerId: string, startsOn: string) =>
  `${personId}|${employerId}|${startsOn}`;

const comparable = (c: {
  termKind: string;
  position: string | null;
  signedOn: string;
  endsOn: string | null;
  endedOn: string | null;
  endReason: string | null;
}) => ({
  合同期限类型: c.termKind,
  工作岗位: c.position,
  签订日期: c.signedOn,
  合同终止日期: c.endsOn,
  '解除（终止）日期': c.endedOn,
  '解除（终止）原因': c.endReason,
});

type Stored = ContractSpan & { key: string };

/** The contracts of a chunk's persons, per person and employer (one query per chunk). */
async function storedContracts(db: Parameters<ImportKind['existing']>[0], personIds: string[]) {
  const ids = [...new Set(personIds)];
  const out = new Map<string, Stored[]>();
  if (ids.length === 0) return out;
  const rows = await db
    .select({
      personId: lc.personId,
      employerId: lc.employerId,
      startsOn: lc.startsOn,
      endsOn: lc.endsOn,
      endedOn: lc.endedOn,
    })
    .from(lc)
    .where(inArray(lc.personId, ids));
  for (const r of rows) {
    const group = `${r.personId}|${r.employerId}`;
    out.set(group, [...(out.get(group) ?? []), { ...r, key: keyOf(r.personId, r.employerId, r.startsOn) }]);
  }
  return out;
}

const spanText = (s: ContractSpan) => `${s.startsOn} 至 ${s.endedOn ?? s.endsOn ?? '无固定期限'}`;

/**
 * Labour contracts (劳动合同) from a workbook, by the rules of POST /api/persons/:id/contracts
 * (contractTermViolations: term kind and agreed end, end after start, signed not in the future,
 * the worker 16 at the start; an early end with its reason, for historical contracts). The person
 * by ID number in the uploader's scope, the employer by credit code in their `employer:read`
 * scope. Two contracts of one person with one employer must not overlap — neither with one in the
 * database nor with another row of the file (both rows are reported). Natural key: person,
 * employer, start date.
 */
export const contractsImport: ImportKind = {
  kind: 'contracts',
  label: '劳动合同',
  permission: 'person:write',
  table: lc,
  columns: [
    registeredPersonColumn('劳动者公民身份号码'),
    {
      key: 'employer',
      header: '用人单位统一社会信用代码',
      type: 'code',
      required: true,
      width: 22,
      note: '须为已登记的用人单位',
    },
    {
      key: 'termKind',
      header: '合同期限类型',
      type: 'choice',
      required: true,
      choices: Object.fromEntries(contractTermKinds.map((k) => [contractTermKindLabels[k], k])),
      example: '固定期限',
      width: 24,
    },
    { key: 'position', header: '工作岗位', type: 'text', maxLength: 50 },
    { key: 'signedOn', header: '签订日期', type: 'date', required: true, example: '2026-01-01' },
    { key: 'startsOn', header: '合同起始日期', type: 'date', required: true, example: '2026-01-01' },
    {
      key: 'endsOn',
      header: '合同终止日期',
      type: 'date',
      example: '2028-12-31',
      note: '无固定期限合同留空',
    },
    { key: 'endedOn', header: '解除（终止）日期', type: 'date', note: '提前解除或终止的填写' },
    { key: 'endReason', header: '解除（终止）原因', type: 'text', maxLength: 100 },
  ],

  async build(rows, env) {
    const people = await holdersOf(
      env,
      rows.map(({ cells }) => String(cells.idNumber)),
      'idNumber',
    );
    const employerIds = await employersByCreditCode(
      env,
      rows.map(({ cells }) => String(cells.employer)),
    );
    const stored = await storedContracts(
      env.db,
      people.flatMap((p) => (isIssue(p) ? [] : [p.id])),
    );
    const checked = rows.map(({ cells }, i) => {
      const person = people[i]!;
      const issues: RowIssue[] = isIssue(person) ? [person] : [];
      const code = String(cells.employer);
      const employerId = employerIds.get(code);
      if (!employerId) issues.push({ column: 'employer', message: `用人单位「${code}」不存在或无权访问` });
      if (isIssue(person) || !employerId) return { issues };
      const terms = {
        termKind: String(cells.termKind) as (typeof contractTermKinds)[number],
        signedOn: String(cells.signedOn),
        startsOn: String(cells.startsOn),
        endsOn: (cells.endsOn as string | null) ?? null,
        endedOn: (cells.endedOn as string | null) ?? null,
        endReason: (cells.endReason as string | null) ?? null,
      };
      for (const v of contractTermViolations(terms, person.birthDate, env.today))
        issues.push({ column: v.path, message: v.message });
      const key = keyOf(person.id, employerId, terms.startsOn);
      const group = `${person.id}|${employerId}`;
      if (issues.length === 0) {
        const clash = (stored.get(group) ?? []).find((s) => s.key !== key && contractsOverlap(s, terms));
        if (clash)
          issues.push({
            column: 'startsOn',
            message: `${OVERLAPPING_CONTRACT_MESSAGE}（${spanText(clash)}）`,
          });
      }
      const row = {
        personId: person.id,
        employerId,
        ...terms,
        position: (cells.position as string | null) ?? null,
        orgId: person.orgId,
        orgPath: person.orgPath,
        createdBy: env.actor.userId,
      };
      return { issues, key, group, row };
    });
    const clashes = rowClashes(
      env,
      'contracts',
      checked.map((c, i) =>
        c.row && c.issues.length === 0
          ? { rowNo: rows[i]!.rowNo, group: c.group!, key: c.key!, value: c.row as ContractSpan }
          : null,
      ),
      contractsOverlap,
    );
    return checked.map((c, i): Candidate | RowIssue[] => {
      const issues = [
        ...c.issues,
        ...clashes[i]!.map((n) => ({
          column: 'startsOn',
          message: `与第 ${n} 行同一人员、同一单位的劳动合同期限重叠`,
        })),
      ];
      if (issues.length > 0 || !c.row) return issues;
      return { key: c.key!, keyColumn: 'startsOn', row: c.row, compare: comparable(c.row) };
    });
  },

  async existing(db, keys) {
    const personIds = [...new Set(keys.map((k) => k.split('|')[0]!))];
    const rows = await db
      .select({
        personId: lc.personId,
        employerId: lc.employerId,
        startsOn: lc.startsOn,
        termKind: lc.termKind,
        position: lc.position,
        signedOn: lc.signedOn,
        endsOn: lc.endsOn,
        endedOn: lc.endedOn,
        endReason: lc.endReason,
      })
      .from(lc)
      .where(inArray(lc.personId, personIds));
    return new Map(rows.map((r) => [keyOf(r.personId, r.employerId, r.startsOn), comparable(r)]));
  },
};
