import type { Db, Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { hasPermission } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { FieldCipher } from '../../../platform/crypto.ts';
import { conflict, DomainError, forbidden, invalid, notFound } from '../../../platform/errors.ts';
import { writeRegistryEdit } from '../registry-edit.ts';
import { asIs, blankToNull, nullIfBlank, patchChanges, trimmed } from '../registry-patch.ts';
import {
  type DictField,
  dictFields,
  idNumberFields,
  normaliseIdNumber,
  phoneFields,
} from './person-fields.ts';
import { createPersonsRepo, type PersonFilter, type PersonSort } from './persons.repo.ts';

export interface PersonQuery {
  q?: string | undefined;
  orgId?: number | undefined;
  gender?: '1' | '2' | undefined;
  hukouType?: string | undefined;
  employerId?: string | undefined;
  difficultyCategory?: string | undefined;
  employment?: 'employed' | 'unemployed' | undefined;
}

export interface PersonInput {
  idNumber: string;
  name: string;
  ethnicity?: string | null | undefined;
  education?: string | null | undefined;
  hukouType: string;
  hukouPlace: string;
  address?: string | null | undefined;
  phone?: string | null | undefined;
  orgId: number;
}

export type PersonPatch = Partial<Omit<PersonInput, 'idNumber'>> & { version?: number | undefined };

export const DUPLICATE_ID_MESSAGE = '该证件号码已登记';

/**
 * Resolves the search box: an 18-character input is an exact ID number, 11 digits an exact phone
 * number (both through their lookup hashes), anything else a name prefix. Prefix, not substring,
 * so the name index serves it.
 */
export async function resolvePersonFilter(
  repo: ReturnType<typeof createPersonsRepo>,
  cipher: FieldCipher,
  query: PersonQuery,
  today: string,
): Promise<PersonFilter | null> {
  const f: PersonFilter = {};
  const q = query.q?.trim() ?? '';
  if (q.length === 18) f.idHash = cipher.lookupHash(normaliseIdNumber(q));
  else if (/^\d{11}$/.test(q)) f.phoneHash = cipher.lookupHash(q);
  else if (q !== '') f.namePrefix = q;
  if (query.gender) f.gender = query.gender;
  if (query.hukouType) f.hukouType = query.hukouType;
  if (query.employerId) f.worksAt = { employerId: query.employerId, today };
  if (query.difficultyCategory) f.difficultyCategory = query.difficultyCategory;
  if (query.employment) f.employment = query.employment;
  if (query.orgId !== undefined) {
    const path = await repo.orgPath(query.orgId);
    if (!path) return null;
    f.orgPath = path;
  }
  return f;
}

async function checkDicts(
  repo: ReturnType<typeof createPersonsRepo>,
  input: Partial<Record<DictField, unknown>>,
) {
  for (const field of Object.keys(dictFields) as DictField[]) {
    const value = input[field];
    if (value === undefined || value === null || value === '') continue;
    const { dict, label } = dictFields[field];
    if (!(await repo.dictItemExists(dict, String(value)))) {
      const message = `${label}「${String(value)}」不是有效的字典值`;
      throw invalid(message, [{ path: field, message }]);
    }
  }
}

export function createPersonsService(deps: { db: Db; cipher: FieldCipher; clock: Clock }) {
  const { db, cipher } = deps;
  const repo = createPersonsRepo(db);

  async function writableOrg(actor: Actor, tx: Executor, orgId: number) {
    const org = await createPersonsRepo(tx).writableOrg(actor, orgId);
    if (!org) throw notFound('所属机构');
    return org;
  }

  return {
    async list(actor: Actor, query: PersonQuery & { page: number; pageSize: number; sort?: PersonSort }) {
      const f = await resolvePersonFilter(repo, cipher, query, deps.clock.today());
      if (!f) return { items: [], total: 0, totalCapped: false };
      // A name search reads best (and fastest, along the name index) in name order.
      const sort = query.sort ?? (f.namePrefix ? 'name' : '-createdAt');
      return repo.list(actor, f, { ...query, sort });
    },

    async get(actor: Actor, id: string) {
      const p = await repo.detail(actor, id);
      if (!p) throw notFound('人员');
      return p;
    },

    async revealId(actor: Actor, id: string) {
      if (!hasPermission(actor, 'person:reveal')) throw forbidden();
      const row = await repo.row(actor, id, 'person:reveal');
      if (!row) throw notFound('人员');
      const idNumber = cipher.decrypt(row.idNumberEnc);
      await db.transaction((tx) =>
        recordAudit(tx, actor, {
          action: 'person.reveal_id',
          targetType: 'person',
          targetId: id,
          detail: { idNumberMasked: row.idNumberMasked },
        }),
      );
      return { idNumber };
    },

    async create(actor: Actor, input: PersonInput) {
      if (!hasPermission(actor, 'person:write')) throw forbidden();
      const idFields = idNumberFields(cipher, input.idNumber, deps.clock.today());
      const phone = phoneFields(cipher, input.phone);
      await checkDicts(repo, input);
      const id = await db
        .transaction(async (tx) => {
          const org = await writableOrg(actor, tx, input.orgId);
          const txRepo = createPersonsRepo(tx);
          if (await txRepo.existsByIdHash(idFields.idNumberHash)) throw conflict(DUPLICATE_ID_MESSAGE);
          const row = await txRepo.insert({
            ...idFields,
            ...phone,
            name: input.name.trim(),
            ethnicity: blankToNull(input.ethnicity) ?? null,
            education: blankToNull(input.education) ?? null,
            hukouType: input.hukouType,
            hukouPlace: input.hukouPlace,
            address: blankToNull(input.address) ?? null,
            orgId: org.id,
            orgPath: org.path,
            createdBy: actor.userId,
          });
          await recordAudit(tx, actor, {
            action: 'person.create',
            targetType: 'person',
            targetId: row.id,
            detail: { orgId: org.id, idNumberMasked: idFields.idNumberMasked },
          });
          return row.id;
        })
        .catch((e: unknown) => {
          // Two registrations of one number racing past the check meet the unique index instead.
          if (isUniqueViolation(e)) throw conflict(DUPLICATE_ID_MESSAGE);
          throw e;
        });
      return (await repo.detail(actor, id))!;
    },

    async update(actor: Actor, id: string, patch: PersonPatch) {
      if (!hasPermission(actor, 'person:write')) throw forbidden();
      const current = await repo.row(actor, id, 'person:write');
      if (!current) throw notFound('人员');
      if (patch.version !== undefined && patch.version !== current.version) throw stale();
      const phone = patch.phone === undefined ? {} : phoneFields(cipher, patch.phone);
      await checkDicts(repo, patch);
      await writeRegistryEdit(
        db,
        actor,
        {
          type: 'person',
          current,
          orgId: patch.orgId,
          changes: {
            ...phone,
            ...patchChanges(patch, {
              name: trimmed,
              ethnicity: nullIfBlank,
              education: nullIfBlank,
              hukouType: asIs,
              hukouPlace: asIs,
              address: nullIfBlank,
            }),
          },
        },
        createPersonsRepo,
        stale,
      );
      return (await repo.detail(actor, id))!;
    },
  };
}

const stale = () => new DomainError('STALE', '该人员信息已被他人修改，请刷新后重试');

export function isUniqueViolation(e: unknown): boolean {
  for (let err = e as { code?: string; cause?: unknown } | undefined; err; err = err.cause as typeof err) {
    if (err.code === '23505') return true;
  }
  return false;
}

export type PersonsService = ReturnType<typeof createPersonsService>;
