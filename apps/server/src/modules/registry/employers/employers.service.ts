import { parseCreditCode } from '@minsheng/rules/national/credit-code.ts';
import type { Db, Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { hasPermission } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { FieldCipher } from '../../../platform/crypto.ts';
import { assertDictValue } from '../../../platform/dictionaries/dict-value.ts';
import { conflict, DomainError, forbidden, invalid, notFound } from '../../../platform/errors.ts';
import { phoneFields } from '../persons/person-fields.ts';
import { isUniqueViolation } from '../persons/persons.service.ts';
import { writeRegistryEdit } from '../registry-edit.ts';
import { asIs, blankToNull, nullIfBlank, patchChanges, trimmed } from '../registry-patch.ts';
import { createEmployersRepo, type EmployerFilter, type EmployerSort } from './employers.repo.ts';

export interface EmployerQuery {
  q?: string | undefined;
  orgId?: number | undefined;
  industry?: string | undefined;
  type?: string | undefined;
}

export interface EmployerInput {
  creditCode: string;
  name: string;
  type: string;
  industry: string;
  size?: string | null | undefined;
  address?: string | null | undefined;
  phone?: string | null | undefined;
  orgId: number;
}

export type EmployerPatch = Partial<Omit<EmployerInput, 'creditCode'>> & { version?: number | undefined };

export const DUPLICATE_CREDIT_CODE_MESSAGE = '该统一社会信用代码已登记';

/** The dictionary-coded fields of an employer and the dictionary each must come from. */
const dictFields = {
  type: { dict: 'employer_type', label: '单位类型' },
  industry: { dict: 'industry', label: '所属行业' },
  size: { dict: 'employer_size', label: '企业规模' },
} as const;
type DictField = keyof typeof dictFields;

type Repo = ReturnType<typeof createEmployersRepo>;

/**
 * Resolves the search box: 18 characters are an exact credit code (upper-cased, as stored),
 * anything else a name prefix (prefix, not substring, so the name index serves it).
 */
async function resolveFilter(repo: Repo, query: EmployerQuery): Promise<EmployerFilter | null> {
  const f: EmployerFilter = {};
  const q = query.q?.trim() ?? '';
  if (q.length === 18) f.creditCode = q.toUpperCase();
  else if (q !== '') f.namePrefix = q;
  if (query.industry) f.industry = query.industry;
  if (query.type) f.type = query.type;
  if (query.orgId !== undefined) {
    const path = await repo.orgPath(query.orgId);
    if (!path) return null;
    f.orgPath = path;
  }
  return f;
}

async function checkDicts(db: Executor, input: Partial<Record<DictField, string | null>>) {
  for (const field of Object.keys(dictFields) as DictField[]) {
    const value = input[field];
    if (value === undefined || value === null || value === '') continue;
    const { dict, label } = dictFields[field];
    await assertDictValue(db, dict, value, label, { path: field });
  }
}

function creditCodeOf(input: string) {
  const parsed = parseCreditCode(input);
  if (!parsed.ok) throw invalid(parsed.message, [{ path: 'creditCode', message: parsed.message }]);
  return parsed.code;
}

export function createEmployersService(deps: { db: Db; cipher: FieldCipher }) {
  const { db, cipher } = deps;
  const repo = createEmployersRepo(db);

  async function writableOrg(actor: Actor, tx: Executor, orgId: number) {
    const org = await createEmployersRepo(tx).writableOrg(actor, orgId);
    if (!org) throw notFound('所属机构');
    return org;
  }

  return {
    async list(actor: Actor, query: EmployerQuery & { page: number; pageSize: number; sort: EmployerSort }) {
      const f = await resolveFilter(repo, query);
      if (!f) return { items: [], total: 0 };
      return repo.list(actor, f, query);
    },

    async get(actor: Actor, id: string) {
      const e = await repo.detail(actor, id);
      if (!e) throw notFound('用人单位');
      return e;
    },

    async create(actor: Actor, input: EmployerInput) {
      if (!hasPermission(actor, 'employer:write')) throw forbidden();
      const creditCode = creditCodeOf(input.creditCode);
      const phone = phoneFields(cipher, input.phone);
      await checkDicts(db, input);
      const id = await db
        .transaction(async (tx) => {
          const org = await writableOrg(actor, tx, input.orgId);
          const txRepo = createEmployersRepo(tx);
          if (await txRepo.existsByCreditCode(creditCode)) throw conflict(DUPLICATE_CREDIT_CODE_MESSAGE);
          const row = await txRepo.insert({
            ...phone,
            creditCode,
            name: input.name.trim(),
            type: input.type,
            industry: input.industry,
            size: blankToNull(input.size) ?? null,
            address: blankToNull(input.address) ?? null,
            orgId: org.id,
            orgPath: org.path,
            createdBy: actor.userId,
          });
          await recordAudit(tx, actor, {
            action: 'employer.create',
            targetType: 'employer',
            targetId: row.id,
            detail: { orgId: org.id, creditCode },
          });
          return row.id;
        })
        .catch((e: unknown) => {
          // Two registrations of one code racing past the check meet the unique index instead.
          if (isUniqueViolation(e)) throw conflict(DUPLICATE_CREDIT_CODE_MESSAGE);
          throw e;
        });
      return (await repo.detail(actor, id))!;
    },

    async update(actor: Actor, id: string, patch: EmployerPatch) {
      if (!hasPermission(actor, 'employer:write')) throw forbidden();
      const current = await repo.row(actor, id, 'employer:write');
      if (!current) throw notFound('用人单位');
      if (patch.version !== undefined && patch.version !== current.version) throw stale();
      const phone = patch.phone === undefined ? {} : phoneFields(cipher, patch.phone);
      await checkDicts(db, patch);
      await writeRegistryEdit(
        db,
        actor,
        {
          type: 'employer',
          current,
          orgId: patch.orgId,
          changes: {
            ...phone,
            ...patchChanges(patch, {
              name: trimmed,
              type: asIs,
              industry: asIs,
              size: nullIfBlank,
              address: nullIfBlank,
            }),
          },
        },
        createEmployersRepo,
        stale,
      );
      return (await repo.detail(actor, id))!;
    },
  };
}

const stale = () => new DomainError('STALE', '该用人单位信息已被他人修改，请刷新后重试');

export type EmployersService = ReturnType<typeof createEmployersService>;
