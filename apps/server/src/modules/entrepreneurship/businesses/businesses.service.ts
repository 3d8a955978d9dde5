import { parseCreditCode } from '@minsheng/rules/national/credit-code.ts';
import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import { conflict, DomainError, invalid, notFound } from '../../../platform/errors.ts';
import type { EmployersService } from '../../registry/employers/employers.service.ts';
import { isUniqueViolation } from '../../registry/persons/persons.service.ts';
import { JOBS_RULE, SURVIVAL_RULE } from './business-evidence.sql.ts';
import { createBusinessesRepo } from './businesses.repo.ts';

export interface BusinessInput {
  fileId: string;
  kind: 'enterprise' | 'individual';
  creditCode: string;
  name: string;
  sector: string;
  /** the employer registry's industry code, used when the employer record is created */
  industry: string;
  openedOn: string;
}

export interface BusinessPatch {
  version: number;
  declaredJobs?: number | null | undefined;
  closedOn?: string | null | undefined;
  closedReason?: string | null | undefined;
}

const DUPLICATE = '该统一社会信用代码已登记为创业实体';
const stale = () => new DomainError('STALE', '该创业实体已被他人修改，请刷新后重试');

/**
 * The credit code checked with the registry's GB 32100 validator; an individual business (个体工商户)
 * is registered by the market regulator as category 2 (code starting 92), an enterprise is not.
 */
export function businessCreditCode(kind: BusinessInput['kind'], input: string): string {
  const parsed = parseCreditCode(input);
  if (!parsed.ok) throw invalid(parsed.message, [{ path: 'creditCode', message: parsed.message }]);
  const individual = parsed.authority + parsed.category === '92';
  if ((kind === 'individual') !== individual) {
    const message =
      kind === 'individual'
        ? '个体工商户的统一社会信用代码应以“92”开头'
        : '以“92”开头的统一社会信用代码属于个体工商户，请选择“个体工商户”';
    throw invalid(message, [{ path: 'creditCode', message }]);
  }
  return parsed.code;
}

/**
 * Businesses opened by trainees (创业实体): recorded by the file's station, linked to the employer
 * registry (matched by credit code, or created through the registry's employer service, audited
 * there), closed with a date and reason; the page shows the jobs and survival figures as of today
 * with the records they come from.
 */
export function createBusinessesService(deps: { db: Db; clock: Clock; employers: EmployersService }) {
  const { db, clock } = deps;
  const repo = createBusinessesRepo(db);

  async function employerFor(actor: Actor, input: BusinessInput, code: string, orgId: number) {
    const existing = await repo.employerByCreditCode(actor, code);
    // linking would show that employer's workers on the business page: only within the actor's registry
    if (existing && !existing.visible)
      throw conflict('该统一社会信用代码已由其他辖区登记为用人单位，请联系该单位所在辖区或市局办理');
    if (existing) return { id: existing.id, created: false };
    const created = await deps.employers.create(actor, {
      creditCode: code,
      name: input.name,
      type: input.kind,
      industry: input.industry,
      orgId,
    });
    return { id: created.id, created: true };
  }

  async function get(actor: Actor, id: string) {
    const asOf = clock.today();
    const business = await repo.view(actor, id, asOf);
    if (!business) throw notFound('创业实体');
    const jobPersons = await repo.jobPersons(id, asOf);
    await recordAudit(db, actor, {
      action: 'entrepreneurship.business.view',
      targetType: 'entrepreneurship_business',
      targetId: id,
      detail: { persons: jobPersons.length + 1 },
    });
    return {
      ...business,
      asOf,
      jobsSource: business.registryJobs > 0 ? ('registry' as const) : ('declared' as const),
      jobPersons,
      rules: { jobs: JOBS_RULE, survival: SURVIVAL_RULE },
    };
  }

  return {
    list: (actor: Actor, q: { q?: string | undefined; page: number; pageSize: number }) =>
      repo.list(actor, clock.today(), q),

    get,

    async create(actor: Actor, input: BusinessInput) {
      const code = businessCreditCode(input.kind, input.creditCode);
      const file = await repo.writableFile(actor, input.fileId);
      if (!file) throw notFound('创业学员档案');
      if (await repo.creditCodeTaken(code)) throw conflict(DUPLICATE);
      const employer = await employerFor(actor, input, code, file.orgId);
      const id = await db
        .transaction(async (tx) => {
          const row = await createBusinessesRepo(tx).insert({
            fileId: file.id,
            kind: input.kind,
            creditCode: code,
            name: input.name.trim(),
            sector: input.sector.trim(),
            openedOn: input.openedOn,
            employerId: employer.id,
            orgId: file.orgId,
            orgPath: file.orgPath,
            createdBy: actor.userId,
          });
          await recordAudit(tx, actor, {
            action: 'entrepreneurship.business.create',
            targetType: 'entrepreneurship_business',
            targetId: row.id,
            detail: {
              fileId: file.id,
              creditCode: code,
              employerId: employer.id,
              employerCreated: employer.created,
            },
          });
          return row.id;
        })
        .catch((e: unknown) => {
          if (isUniqueViolation(e)) throw conflict(DUPLICATE);
          throw e;
        });
      return get(actor, id);
    },

    /** Jobs declared at a follow-up, or the closing (date and reason, both or neither). */
    async update(actor: Actor, id: string, patch: BusinessPatch) {
      const current = await repo.row(actor, id, 'entrepreneurship:write');
      if (!current) throw notFound('创业实体');
      if (patch.version !== current.version) throw stale();
      const closedOn = patch.closedOn === undefined ? current.closedOn : patch.closedOn;
      const closedReason =
        patch.closedReason === undefined ? current.closedReason : patch.closedReason?.trim() || null;
      if ((closedOn === null) !== (closedReason === null))
        throw invalid('注销（停业）须同时填写日期和原因', [{ path: 'closedReason', message: '须同时填写' }]);
      if (closedOn !== null && closedOn < current.openedOn)
        throw invalid('注销日期不能早于开业日期', [{ path: 'closedOn', message: '不能早于开业日期' }]);
      const changes = {
        closedOn,
        closedReason,
        ...(patch.declaredJobs === undefined ? {} : { declaredJobs: patch.declaredJobs }),
      };
      await db.transaction(async (tx) => {
        const updated = await createBusinessesRepo(tx).update(id, current.version, changes);
        if (!updated) throw stale();
        await recordAudit(tx, actor, {
          action: 'entrepreneurship.business.update',
          targetType: 'entrepreneurship_business',
          targetId: id,
          detail: changes,
        });
      });
      return get(actor, id);
    },
  };
}

export type BusinessesService = ReturnType<typeof createBusinessesService>;
