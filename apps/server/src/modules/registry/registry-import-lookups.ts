import { parseResidentId } from '@minsheng/rules/national/resident-id.ts';
import { and, inArray } from 'drizzle-orm';
import type { Actor } from '../../platform/access/actor.ts';
import { accessFilter } from '../../platform/access/scope.ts';
import type { ImportColumn, KindEnv, RowIssue } from '../../platform/excel-import/importer.ts';
import { employers } from './employers/employers.schema.ts';
import { persons } from './persons/persons.schema.ts';

/** The ID number column of a record about a registered person (masked in error workbooks). */
export const registeredPersonColumn = (header = '公民身份号码'): ImportColumn => ({
  key: 'idNumber',
  personal: true,
  header,
  type: 'code',
  required: true,
  width: 22,
  note: '须为已登记人员',
});

export interface ImportHolder {
  id: string;
  gender: '1' | '2';
  birthDate: string;
  hukouType: string;
  hukouPlace: string;
  orgId: number;
  orgPath: string;
}

/**
 * The persons a chunk of rows names by ID number, when in the actor's `person:write` scope (one
 * query per chunk). Per row: the person, or the issue to report on `column`.
 */
export async function holdersOf(
  env: KindEnv,
  idNumbers: string[],
  column: string,
): Promise<(ImportHolder | RowIssue)[]> {
  const parsed = idNumbers.map((v) => parseResidentId(v, { on: env.today }));
  const hashes = parsed.map((p) => (p.ok ? env.cipher.lookupHash(p.id) : ''));
  const wanted = hashes.filter((h) => h !== '');
  const rows =
    wanted.length === 0
      ? []
      : await env.db
          .select({
            id: persons.id,
            idNumberHash: persons.idNumberHash,
            gender: persons.gender,
            birthDate: persons.birthDate,
            hukouType: persons.hukouType,
            hukouPlace: persons.hukouPlace,
            orgId: persons.orgId,
            orgPath: persons.orgPath,
          })
          .from(persons)
          .where(and(personScope(env.actor), inArray(persons.idNumberHash, wanted)));
  const byHash = new Map(rows.map((r) => [r.idNumberHash, r]));
  return parsed.map((p, i) => {
    if (!p.ok) return { column, message: p.message };
    return byHash.get(hashes[i]!) ?? { column, message: '人员不存在或无权访问（请先登记或导入人员）' };
  });
}

const personScope = (actor: Actor) =>
  accessFilter(actor, 'person:write', {
    orgId: persons.orgId,
    orgPath: persons.orgPath,
    owner: persons.createdBy,
  });

/** Employers by credit code within the actor's `employer:read` scope (a record may only name those). */
export async function employersByCreditCode(env: KindEnv, codes: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(codes.filter((c) => c !== ''))];
  if (wanted.length === 0) return new Map();
  const rows = await env.db
    .select({ id: employers.id, creditCode: employers.creditCode })
    .from(employers)
    .where(
      and(
        accessFilter(env.actor, 'employer:read', {
          orgId: employers.orgId,
          orgPath: employers.orgPath,
          owner: employers.createdBy,
        }),
        inArray(employers.creditCode, wanted),
      ),
    );
  return new Map(rows.map((r) => [r.creditCode, r.id]));
}

export const isIssue = (x: ImportHolder | RowIssue): x is RowIssue => 'message' in x;
