import { formatDate, type IsoDate, isValidDate } from '@minsheng/rules/engine/dates.ts';
import { parseResidentId } from '@minsheng/rules/national/resident-id.ts';
import { type ObtainedBy, obtainedByLabels } from '../../registry/certificates/certificates.schema.ts';

/**
 * The roster (花名册) a training institution files for many trainees (`000 第三篇 四(二)1`):
 * its columns, the template's headers, and the validation of one row. Pure: the database checks
 * (the person is registered, the certificate number is not someone else's) come afterwards.
 */

export const rosterColumns = [
  { key: 'name', header: '姓名', width: 12, required: true },
  { key: 'idNumber', header: '身份证号', width: 22, required: true },
  { key: 'occupation', header: '职业(工种)', width: 18, required: true },
  { key: 'level', header: '证书等级', width: 14, required: true },
  { key: 'certificateNumber', header: '证书编号', width: 22, required: true },
  { key: 'issuedOn', header: '发证日期', width: 14, required: true },
  { key: 'issuer', header: '发证机构', width: 24, required: false },
  { key: 'obtainedBy', header: '取得方式', width: 12, required: false },
  { key: 'part', header: '申领项目', width: 16, required: false },
  { key: 'remark', header: '备注', width: 20, required: false },
] as const;
export type RosterKey = (typeof rosterColumns)[number]['key'];

/** A cell as exceljs or a JSON client hands it over. */
export type Cell = string | number | Date | boolean | null | undefined;
export type RawRosterRow = Partial<Record<RosterKey, Cell>>;

export const claimParts = ['both', 'training', 'appraisal'] as const;
export type ClaimPart = (typeof claimParts)[number];
const partLabels: Record<ClaimPart, string> = {
  both: '培训费和鉴定费',
  training: '培训费',
  appraisal: '鉴定费',
};

export interface RosterRow {
  name: string;
  idNumber: string;
  occupation: string;
  level: string;
  certificateNumber: string;
  issuedOn: IsoDate;
  /** needed only when the certificate is not yet in the registry */
  issuer: string | null;
  obtainedBy: ObtainedBy;
  part: ClaimPart;
  remark: string | null;
}

export type RowCheck = { ok: true; row: RosterRow } | { ok: false; errors: string[] };

const text = (cell: Cell): string => {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
};

// 五级…一级 and their traditional names (初级工 … 高级技师); the code is the dictionary code.
const LEVEL_WORDS: [RegExp, string][] = [
  [/^(一级|1级?|高级技师)$/, '1'],
  [/^(二级|2级?|技师)$/, '2'],
  [/^(三级|3级?|高级|高级工)$/, '3'],
  [/^(四级|4级?|中级|中级工)$/, '4'],
  [/^(五级|5级?|初级|初级工)$/, '5'],
];

/** Dictionary code of a certificate level as people write it (三级, 高级工, 三级/高级工, 3). */
export function parseLevel(value: string): string | null {
  for (const part of value.replace(/\s/g, '').split(/[/／]/)) {
    const hit = LEVEL_WORDS.find(([re]) => re.test(part));
    if (hit) return hit[1];
  }
  return null;
}

/** A date as a cell holds it: a Date, an Excel serial number, 2026-03-02, 2026/3/2 or 2026年3月2日. */
export function parseCellDate(cell: Cell): IsoDate | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  if (typeof cell === 'number') {
    // Excel's day 25569 is 1970-01-01 (its 1900 leap-year bug is before that).
    if (!Number.isInteger(cell) || cell < 25569 || cell > 80000) return null;
    return new Date((cell - 25569) * 86_400_000).toISOString().slice(0, 10);
  }
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text(cell));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? formatDate(y, mo, d) : null;
}

const byLabel = <T extends string>(labels: Record<T, string>, value: string): T | undefined =>
  (Object.keys(labels) as T[]).find((k) => labels[k] === value || k === value);

/**
 * Validates one roster row against `today`: every problem is listed (not just the first), in
 * Chinese, naming the column as the template does.
 */
export function checkRosterRow(raw: RawRosterRow, today: IsoDate): RowCheck {
  const errors: string[] = [];
  const get = (key: RosterKey) => text(raw[key]);
  for (const col of rosterColumns) {
    if (col.required && get(col.key) === '') errors.push(`「${col.header}」不能为空`);
  }
  const name = get('name');
  if (name.length > 50) errors.push('「姓名」不能超过50个字');
  let idNumber = get('idNumber').toUpperCase();
  if (idNumber !== '') {
    const parsed = parseResidentId(idNumber, { on: today });
    if (parsed.ok) idNumber = parsed.id;
    else errors.push(`「身份证号」${parsed.message}`);
  }
  const levelText = get('level');
  const level = levelText === '' ? null : parseLevel(levelText);
  if (levelText !== '' && !level) errors.push(`「证书等级」「${levelText}」无法识别，请填写一级至五级`);
  const issuedText = get('issuedOn');
  const issuedOn = issuedText === '' ? null : parseCellDate(raw.issuedOn);
  if (issuedText !== '' && !issuedOn) errors.push(`「发证日期」「${issuedText}」不是有效日期`);
  if (issuedOn && issuedOn > today) errors.push(`「发证日期」${issuedOn} 晚于今天`);
  const obtainedText = get('obtainedBy');
  const obtainedBy = obtainedText === '' ? 'training' : byLabel(obtainedByLabels, obtainedText);
  if (!obtainedBy) errors.push(`「取得方式」须为${Object.values(obtainedByLabels).join('、')}之一`);
  const partText = get('part');
  const part = partText === '' ? 'both' : byLabel(partLabels, partText);
  if (!part) errors.push(`「申领项目」须为${Object.values(partLabels).join('、')}之一`);
  if (get('certificateNumber').length > 50) errors.push('「证书编号」不能超过50个字符');
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    row: {
      name,
      idNumber,
      occupation: get('occupation'),
      level: level!,
      certificateNumber: get('certificateNumber'),
      issuedOn: issuedOn!,
      issuer: get('issuer') || null,
      obtainedBy: obtainedBy!,
      part: part!,
      remark: get('remark') || null,
    },
  };
}

/**
 * Rows repeating an earlier row's certificate number, or the same person and level (each level
 * once per person, `000 第三篇 五(二)`): row number → Chinese reason naming the earlier row.
 */
export function duplicateRows(rows: readonly { rowNo: number; row: RosterRow }[]): Map<number, string> {
  const seenCert = new Map<string, number>();
  const seenLevel = new Map<string, number>();
  const out = new Map<number, string>();
  for (const { rowNo, row } of rows) {
    const cert = seenCert.get(row.certificateNumber);
    const levelKey = `${row.idNumber}|${row.level}`;
    const same = seenLevel.get(levelKey);
    if (cert !== undefined) out.set(rowNo, `证书编号与第${cert}行重复`);
    else if (same !== undefined)
      out.set(rowNo, `同一人员同一等级与第${same}行重复（每个等级每人只能享受一次）`);
    if (cert === undefined) seenCert.set(row.certificateNumber, rowNo);
    if (same === undefined) seenLevel.set(levelKey, rowNo);
  }
  return out;
}
