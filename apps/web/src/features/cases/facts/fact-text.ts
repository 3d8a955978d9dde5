import { formatPeriod } from '../../../app/format/date-time';

/**
 * Facts in words, with the Chinese titles and value names the server gives for each field of the
 * policy's input (GET /cases/:id/facts), so nobody reads keys or JSON: 是/否, coded values by name,
 * periods as 「起 至 止」, nested objects as 「名称：值」 pairs.
 */
export interface FieldNames {
  title: string;
  enumLabels?: Record<string, string> | undefined;
}

/** The names of the fields by dotted path ("person.birthDate"). */
export type FieldNameMap = ReadonlyMap<string, FieldNames>;

export const fieldNameMap = (fields: readonly ({ path: string[] } & FieldNames)[]): FieldNameMap =>
  new Map<string, FieldNames>([
    // The free-text remark of the application is no policy field.
    ['remark', { title: '备注' }],
    ...fields.map((f) => [f.path.join('.'), f] as const),
  ]);

/** A field's title, or its key when the policy does not name it. */
export const factTitle = (names: FieldNameMap, path: string): string =>
  names.get(path)?.title ?? path.split('.').at(-1) ?? path;

/** The start and end keys of the periods the policies read ({ fromMonth, toMonth } …). */
const periodKeys = [
  ['from', 'to'],
  ['fromMonth', 'toMonth'],
  ['startOn', 'endOn'],
] as const;

/**
 * A period object as `start 至 end`, start first: PostgreSQL's jsonb returns keys shortest first,
 * so listing the keys as stored put the end before the start.
 */
function periodText(value: Record<string, unknown>): string | null {
  if (Object.keys(value).length !== 2) return null;
  const pair = periodKeys.find(([start, end]) => start in value && end in value);
  if (!pair) return null;
  const day = (v: unknown) => (typeof v === 'string' ? v : null);
  return formatPeriod(day(value[pair[0]]), day(value[pair[1]]));
}

/** A value in words; empty for a value not given (the form marks what is missing). */
export function factText(value: unknown, path = '', names: FieldNameMap = new Map()): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'string') return names.get(path)?.enumLabels?.[value] ?? value;
  if (typeof value === 'number') return names.get(path)?.enumLabels?.[String(value)] ?? String(value);
  if (Array.isArray(value)) return value.map((v) => factText(v, `${path}.*`, names)).join('、');
  if (typeof value === 'object')
    return (
      periodText(value as Record<string, unknown>) ??
      Object.entries(value as Record<string, unknown>)
        .map(([k, v]) => {
          const child = path ? `${path}.${k}` : k;
          return `${factTitle(names, child)}：${factText(v, child, names) || '—'}`;
        })
        .join('；')
    );
  return String(value);
}
