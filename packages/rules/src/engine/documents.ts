import type { IsoDate } from './dates.ts';
import type { Reference } from './parameters.ts';

/**
 * A policy document as it is cited: its title and 文号. The number is null where the source text
 * gives none (the deployment that applies the document sets it, see `documentNamer`).
 */
export interface PolicyDocument {
  /** stable key, e.g. county-city.employment-promotion; what a deployment's setting refers to */
  id: string;
  title: string;
  /** 文号, e.g. 珠劳社〔2024〕82号; null where the source text has none */
  number: string | null;
  issuer?: string;
  published?: IsoDate;
  /** the rules jurisdiction code of the issuing government */
  jurisdiction: string;
  /**
   * how earlier versions of the rules cited the document (internal references to the seed texts,
   * e.g. "001 篇3"): evaluations frozen on cases may still hold them, and reading replaces them
   */
  legacyRefs?: readonly string[];
}

/**
 * What a deployment sets for a document: its 文号 and the title it is known by; a blank or missing
 * one falls back to the registered title and number.
 */
export interface DocumentSetting {
  number?: string | null | undefined;
  title?: string | null | undefined;
}

/** A document named as in a citation: 《title》（number）, or 《title》 while no number is known. */
export const citedName = (title: string, number: string | null | undefined): string =>
  number ? `《${title}》（${number}）` : `《${title}》`;

/** A document name followed by a clause: 《…》（…）第三条, or "本市企业最低工资标准 第二条". */
export function cite(doc: string, clause?: string): string {
  if (!clause) return doc;
  return /[》）)]$/.test(doc) ? `${doc}${clause}` : `${doc} ${clause}`;
}

/** A reference to a registered document (and clause), as policies and parameters carry it. */
export function referenceTo(document: PolicyDocument, clause?: string): Reference {
  return {
    document: document.id,
    doc: citedName(document.title, document.number),
    title: document.title,
    ...(document.number ? { number: document.number } : {}),
    ...(document.published ? { published: document.published } : {}),
    ...(clause ? { clause } : {}),
  };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Names documents as a deployment configured them. `rewrite` returns a copy of any JSON value (an
 * evaluation, a policy summary) in which every reference to a registered document carries the
 * configured title and number, and every text naming a document by its default name or a legacy
 * reference names it as configured. Pure; the input is not touched.
 */
export function documentNamer(
  documents: readonly PolicyDocument[],
  settings: Readonly<Record<string, DocumentSetting>>,
) {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const resolved = (d: PolicyDocument) => {
    const s = settings[d.id] ?? {};
    const title = s.title?.trim() || d.title;
    const number = s.number?.trim() || d.number;
    return { title, number, name: citedName(title, number) };
  };
  // default name or legacy reference → configured name; a legacy reference was followed by a
  // space before its clause, which the cited name does without
  const replacements = new Map<string, string>();
  const alternatives: string[] = [];
  for (const d of documents) {
    const { name } = resolved(d);
    const defaultName = citedName(d.title, d.number);
    if (name !== defaultName) {
      replacements.set(defaultName, name);
      // 《title》 → 《title》（number）: not where the number already follows (rewriting twice is safe)
      const rest = name.startsWith(defaultName) ? name.slice(defaultName.length) : '';
      alternatives.push(`${escapeRegExp(defaultName)}${rest ? `(?!${escapeRegExp(rest)})` : ''}`);
    }
    for (const legacy of d.legacyRefs ?? []) {
      replacements.set(legacy, name);
      alternatives.push(`${escapeRegExp(legacy)} ?`);
    }
  }
  // Longest first, so that no name is cut by a shorter one it contains.
  alternatives.sort((a, b) => b.length - a.length);
  const pattern = alternatives.length > 0 ? new RegExp(alternatives.join('|'), 'g') : null;
  const text = (s: string) => (pattern ? s.replace(pattern, (m) => replacements.get(m.trimEnd()) ?? m) : s);

  const rewrite = <T>(value: T): T => {
    if (typeof value === 'string') return text(value) as T;
    if (Array.isArray(value)) return value.map(rewrite) as T;
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = k === 'document' ? v : rewrite(v);
    const id = (value as { document?: unknown }).document;
    const d = typeof id === 'string' ? byId.get(id) : undefined;
    if (d) {
      const { title, number, name } = resolved(d);
      out.doc = name;
      out.title = title;
      if (number) out.number = number;
      else delete out.number;
    }
    return out as T;
  };

  return {
    /** the cited name of a registered document: 《title》（number） */
    name(id: string): string {
      const d = byId.get(id);
      return d ? resolved(d).name : id;
    },
    /** title and number as configured (number null while unknown) */
    resolve(id: string): { title: string; number: string | null } | undefined {
      const d = byId.get(id);
      return d ? { title: resolved(d).title, number: resolved(d).number } : undefined;
    },
    rewrite,
  };
}

export type DocumentNamer = ReturnType<typeof documentNamer>;
