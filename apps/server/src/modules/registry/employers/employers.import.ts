import { parseCreditCode } from '@minsheng/rules/national/credit-code.ts';
import { inArray } from 'drizzle-orm';
import { invalid } from '../../../platform/errors.ts';
import {
  attempt,
  type Candidate,
  type ImportKind,
  type ImportOrg,
  type RowIssue,
} from '../../../platform/excel-import/importer.ts';
import { phoneFields } from '../persons/person-fields.ts';
import { employers } from './employers.schema.ts';

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

const comparable = (e: {
  name: string;
  type: string;
  industry: string;
  size: string | null;
  address: string | null;
  phoneHash: string | null;
  orgId: number;
}) => ({
  单位名称: e.name,
  单位类型: e.type,
  所属行业: e.industry,
  企业规模: e.size,
  单位地址: e.address,
  联系电话: e.phoneHash,
  所属机构: e.orgId,
});

function creditCodeOf(input: string) {
  const parsed = parseCreditCode(input);
  if (!parsed.ok) throw invalid(parsed.message);
  return parsed.code;
}

/**
 * Employers (用人单位) from a workbook, by the rules of POST /api/employers: unified social credit
 * code with its check character (GB 32100), dictionary values, mobile phone, an organisation in
 * the uploader's `employer:write` scope. Natural key: the credit code.
 */
export const employersImport: ImportKind = {
  kind: 'employers',
  label: '用人单位',
  permission: 'employer:write',
  table: employers,
  columns: [
    {
      key: 'creditCode',
      header: '统一社会信用代码',
      type: 'code',
      required: true,
      width: 22,
      example: '91370900MA3C0000X0',
    },
    { key: 'name', header: '单位名称', type: 'text', required: true, maxLength: 100, width: 28 },
    { key: 'type', header: '单位类型', type: 'dict', dict: 'employer_type', required: true, example: '企业' },
    {
      key: 'industry',
      header: '所属行业',
      type: 'dict',
      dict: 'industry',
      required: true,
      width: 24,
      example: '制造业',
    },
    { key: 'size', header: '企业规模', type: 'dict', dict: 'employer_size', example: '小型' },
    { key: 'address', header: '单位地址', type: 'text', maxLength: 200, width: 30 },
    { key: 'phone', personal: true, header: '联系电话', type: 'code', width: 14, example: '13812345678' },
    { key: 'org', header: '所属机构', type: 'org', width: 16 },
  ],

  async build(rows, env) {
    return rows.map(({ cells }): Candidate | RowIssue[] => {
      const issues: RowIssue[] = [];
      const creditCode = attempt(issues, 'creditCode', () => creditCodeOf(String(cells.creditCode)));
      const phone = attempt(issues, 'phone', () => phoneFields(env.cipher, text(cells.phone)));
      if (!creditCode || !phone) return issues;
      const org = cells.org as ImportOrg;
      const row = {
        ...phone,
        creditCode,
        name: String(cells.name),
        type: String(cells.type),
        industry: String(cells.industry),
        size: text(cells.size),
        address: text(cells.address),
        orgId: org.id,
        orgPath: org.path,
        createdBy: env.actor.userId,
      };
      return { key: creditCode, keyColumn: 'creditCode', row, compare: comparable(row) };
    });
  },

  async existing(db, keys) {
    const rows = await db
      .select({
        creditCode: employers.creditCode,
        name: employers.name,
        type: employers.type,
        industry: employers.industry,
        size: employers.size,
        address: employers.address,
        phoneHash: employers.phoneHash,
        orgId: employers.orgId,
      })
      .from(employers)
      .where(inArray(employers.creditCode, keys));
    return new Map(rows.map((r) => [r.creditCode, comparable(r)]));
  },
};
