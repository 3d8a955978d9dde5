import { inArray } from 'drizzle-orm';
import {
  attempt,
  type Candidate,
  type ImportKind,
  type RowIssue,
} from '../../../platform/excel-import/importer.ts';
import { holdersOf, isIssue, registeredPersonColumn } from '../registry-import-lookups.ts';
import {
  qualificationCertificates as certs,
  obtainedByLabels,
  obtainedByValues,
} from './certificates.schema.ts';
import { checkIssuedOn } from './certificates.service.ts';

const comparable = (c: {
  personId: string;
  occupation: string;
  level: string;
  issuedOn: string;
  issuer: string;
  obtainedBy: string;
}) => ({
  持证人: c.personId,
  '职业（工种）': c.occupation,
  证书等级: c.level,
  发证日期: c.issuedOn,
  发证机构: c.issuer,
  取得方式: c.obtainedBy,
});

/**
 * Qualification certificates from a workbook, by the rules of POST /api/persons/:id/certificates:
 * the holder is a registered person in the uploader's scope (found by ID number), a
 * certificate_level dictionary value, an issue date not in the future and not before the holder
 * turned 16. The certificate takes the holder's organisation. Natural key: the certificate number.
 */
export const certificatesImport: ImportKind = {
  kind: 'certificates',
  label: '职业资格证书',
  permission: 'person:write',
  table: certs,
  columns: [
    registeredPersonColumn('持证人公民身份号码'),
    { key: 'number', header: '证书编号', type: 'code', required: true, maxLength: 50, width: 22 },
    {
      key: 'occupation',
      header: '职业（工种）',
      type: 'text',
      required: true,
      maxLength: 100,
      example: '电工',
    },
    {
      key: 'level',
      header: '证书等级',
      type: 'dict',
      dict: 'certificate_level',
      required: true,
      example: '三级/高级工',
    },
    { key: 'issuedOn', header: '发证日期', type: 'date', required: true, example: '2026-03-01' },
    { key: 'issuer', header: '发证机构', type: 'text', required: true, maxLength: 100, width: 24 },
    {
      key: 'obtainedBy',
      header: '取得方式',
      type: 'choice',
      required: true,
      choices: Object.fromEntries(obtainedByValues.map((v) => [obtainedByLabels[v], v])),
      example: '培训鉴定',
    },
  ],

  async build(rows, env) {
    const found = await holdersOf(
      env,
      rows.map(({ cells }) => String(cells.idNumber)),
      'idNumber',
    );
    return rows.map(({ cells }, i): Candidate | RowIssue[] => {
      const person = found[i]!;
      if (isIssue(person)) return [person];
      const issues: RowIssue[] = [];
      const issuedOn = String(cells.issuedOn);
      attempt(issues, 'issuedOn', () => checkIssuedOn(issuedOn, person.birthDate, env.today));
      if (issues.length > 0) return issues;
      const row = {
        personId: person.id,
        number: String(cells.number),
        occupation: String(cells.occupation),
        level: String(cells.level),
        issuedOn,
        issuer: String(cells.issuer),
        obtainedBy: String(cells.obtainedBy) as (typeof obtainedByValues)[number],
        orgId: person.orgId,
        orgPath: person.orgPath,
        createdBy: env.actor.userId,
      };
      return { key: row.number, keyColumn: 'number', row, compare: comparable(row) };
    });
  },

  async existing(db, keys) {
    const rows = await db
      .select({
        number: certs.number,
        personId: certs.personId,
        occupation: certs.occupation,
        level: certs.level,
        issuedOn: certs.issuedOn,
        issuer: certs.issuer,
        obtainedBy: certs.obtainedBy,
      })
      .from(certs)
      .where(inArray(certs.number, keys));
    return new Map(rows.map((r) => [r.number, comparable(r)]));
  },
};
