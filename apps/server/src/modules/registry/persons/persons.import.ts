import { sql } from 'drizzle-orm';
import type { ImportKind } from '../../../platform/excel-import/importer.ts';
import { buildRow, comparable } from './persons.import-row.ts';
import { persons } from './persons.schema.ts';

/**
 * Persons (劳动者) from a workbook: the same rules as POST /api/persons — resident ID by GB 11643
 * (gender and birth date taken from it), dictionary values, mobile phone, an organisation in the
 * uploader's `person:write` scope. Natural key: the ID number's lookup hash.
 */
export const personsImport: ImportKind = {
  kind: 'persons',
  label: '人员',
  permission: 'person:write',
  table: persons,
  columns: [
    {
      key: 'idNumber',
      personal: true,
      header: '公民身份号码',
      type: 'code',
      required: true,
      width: 22,
      example: '37098319900307123X',
    },
    { key: 'name', header: '姓名', type: 'text', required: true, maxLength: 50, example: '张伟' },
    { key: 'ethnicity', header: '民族', type: 'dict', dict: 'ethnicity', example: '汉族' },
    { key: 'education', header: '文化程度', type: 'dict', dict: 'education', example: '大学本科' },
    {
      key: 'hukouType',
      header: '户口性质',
      type: 'dict',
      dict: 'hukou_type',
      required: true,
      example: '城镇',
    },
    {
      key: 'hukouPlace',
      header: '户籍地类别',
      type: 'dict',
      dict: 'hukou_place',
      required: true,
      example: '本市',
    },
    { key: 'phone', personal: true, header: '联系电话', type: 'code', width: 14, example: '13812345678' },
    { key: 'address', header: '现住址', type: 'text', maxLength: 200, width: 30 },
    { key: 'org', header: '所属机构', type: 'org', width: 16 },
  ],

  async build(rows, env) {
    const rowEnv = { cipher: env.cipher, today: env.today, userId: env.actor.userId };
    return rows.map((r) => buildRow(r.cells, rowEnv));
  },
  rowModule: new URL('./persons.import-row.ts', import.meta.url).href,

  async existing(db, keys) {
    const rows = await db
      .select({
        idNumberHash: persons.idNumberHash,
        name: persons.name,
        ethnicity: persons.ethnicity,
        education: persons.education,
        hukouType: persons.hukouType,
        hukouPlace: persons.hukouPlace,
        address: persons.address,
        phoneHash: persons.phoneHash,
        orgId: persons.orgId,
      })
      .from(persons)
      // One text parameter instead of a thousand bind values: building those cost the main thread
      // more than the query (hashes are hex, so the comma is a safe separator).
      .where(sql`${persons.idNumberHash} = any(string_to_array(${keys.join(',')}, ','))`);
    return new Map(rows.map((r) => [r.idNumberHash, comparable(r)]));
  },
};
