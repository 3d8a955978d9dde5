import { randomUUID } from 'node:crypto';
import {
  attempt,
  type BuildRow,
  type ImportOrg,
  type RowIssue,
} from '../../../platform/excel-import/importer.ts';
import { idNumberFields, phoneFields } from './person-fields.ts';

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

/** Fields compared when a number is already registered: same content → unchanged, else an error. */
export const comparable = (p: {
  name: string;
  ethnicity: string | null;
  education: string | null;
  hukouType: string;
  hukouPlace: string;
  address: string | null;
  phoneHash: string | null;
  orgId: number;
}) => ({
  姓名: p.name,
  民族: p.ethnicity,
  文化程度: p.education,
  户口性质: p.hukouType,
  户籍地类别: p.hukouPlace,
  现住址: p.address,
  联系电话: p.phoneHash,
  所属机构: p.orgId,
});

/**
 * One person row, by the same rules as POST /api/persons: resident ID by GB 11643 (gender and birth
 * date taken from it), mobile phone; both encrypted with their lookup hash. No database: this runs
 * in the import's worker threads (see `ImportKind.rowModule`).
 */
export const buildRow: BuildRow = (cells, env) => {
  const issues: RowIssue[] = [];
  const id = attempt(issues, 'idNumber', () => idNumberFields(env.cipher, String(cells.idNumber), env.today));
  const phone = attempt(issues, 'phone', () => phoneFields(env.cipher, text(cells.phone)));
  if (!id || !phone) return issues;
  const org = cells.org as ImportOrg;
  const row = {
    // The key is made here (v4, as the column default gen_random_uuid() would) because a volatile
    // column default makes PostgreSQL's COPY insert row by row instead of in batches.
    id: randomUUID(),
    ...id,
    ...phone,
    name: String(cells.name),
    ethnicity: text(cells.ethnicity),
    education: text(cells.education),
    hukouType: String(cells.hukouType),
    hukouPlace: String(cells.hukouPlace),
    address: text(cells.address),
    orgId: org.id,
    orgPath: org.path,
    createdBy: env.userId,
  };
  return { key: id.idNumberHash, keyColumn: 'idNumber', row, compare: comparable(row) };
};
