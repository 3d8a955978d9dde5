import { invalid } from '../errors.ts';
import { cellText, parseCodeCell, parseDateCell, parseNumberCell } from './cells.ts';
import type { ImportColumn, ImportOrg, ParsedCells, RowIssue } from './importer.ts';

/** What column parsing needs to know besides the cells: dictionaries and organisations. */
export interface ColumnLookups {
  /** Dictionary type → label or code → code (active items only). */
  dicts: Map<string, Map<string, string>>;
  /** Region code or unique name → organisation the actor may write to. */
  orgs: Map<string, ImportOrg>;
  defaultOrg: ImportOrg;
}

/** Header text without required markers and spaces: `*姓名`, `姓名（必填）` and `姓名` all match. */
export const normaliseHeader = (h: string) => h.replace(/[\s*＊]/g, '').replace(/[（(]必填[)）]$/, '');

/**
 * Column index (1-based) of each column key, from the header row. A missing required column
 * makes the whole file unreadable: the uploader most likely used another template.
 */
export function mapHeaders(columns: readonly ImportColumn[], headerValues: unknown[]): Map<string, number> {
  const byHeader = new Map<string, number>();
  headerValues.forEach((v, i) => {
    const h = normaliseHeader(cellText(v));
    if (h !== '' && !byHeader.has(h)) byHeader.set(h, i);
  });
  const out = new Map<string, number>();
  const missing: string[] = [];
  for (const c of columns) {
    const at = byHeader.get(c.header);
    if (at !== undefined) out.set(c.key, at);
    else if (c.required) missing.push(c.header);
  }
  if (missing.length > 0) {
    throw invalid(`第 1 行缺少必填列：${missing.map((m) => `「${m}」`).join('、')}，请使用导入模板`);
  }
  return out;
}

function parseCell(
  c: ImportColumn,
  raw: unknown,
  lk: ColumnLookups,
): { value: string | number | ImportOrg | null } | { message: string } {
  switch (c.type) {
    case 'date': {
      const r = parseDateCell(raw);
      return r.ok ? { value: r.value } : { message: r.message };
    }
    case 'number': {
      const r = parseNumberCell(raw);
      return r.ok ? { value: r.value } : { message: r.message };
    }
    case 'code': {
      const r = parseCodeCell(raw);
      return r.ok ? { value: r.value || null } : { message: r.message };
    }
    case 'dict':
    case 'choice': {
      const text = cellText(raw);
      if (text === '') return { value: null };
      const code = c.type === 'dict' ? lk.dicts.get(c.dict!)?.get(text) : c.choices?.[text];
      const byCode = c.type === 'choice' && Object.values(c.choices ?? {}).includes(text) ? text : undefined;
      const found = code ?? byCode;
      return found !== undefined ? { value: found } : { message: `「${c.header}」取值「${text}」不在字典中` };
    }
    case 'org': {
      const text = cellText(raw);
      if (text === '') return { value: lk.defaultOrg };
      const org = lk.orgs.get(text);
      return org ? { value: org } : { message: `所属机构「${text}」不存在或不在您的管辖范围内` };
    }
    default: {
      const text = cellText(raw);
      if (c.maxLength !== undefined && text.length > c.maxLength) {
        return { message: `「${c.header}」不能超过 ${c.maxLength} 个字` };
      }
      return { value: text || null };
    }
  }
}

/** One worksheet row → parsed cells and the raw texts, or the issues of its cells. */
export function parseRow(
  columns: readonly ImportColumn[],
  at: Map<string, number>,
  values: unknown[],
  lk: ColumnLookups,
): { cells: ParsedCells; raw: Record<string, string>; issues: RowIssue[] } {
  const cells: ParsedCells = {};
  const raw: Record<string, string> = {};
  const issues: RowIssue[] = [];
  for (const c of columns) {
    const i = at.get(c.key);
    const v = i === undefined ? null : values[i];
    raw[c.key] = cellText(v);
    const r = parseCell(c, v, lk);
    if ('message' in r) issues.push({ column: c.key, message: r.message });
    else if (c.required && (r.value === null || r.value === '')) {
      issues.push({ column: c.key, message: `「${c.header}」为必填项` });
    } else cells[c.key] = r.value;
  }
  return { cells, raw, issues };
}

/** A row with nothing in any cell (Excel keeps formatted but empty rows). */
export const isBlankRow = (values: unknown[]) => values.every((v) => cellText(v) === '');
