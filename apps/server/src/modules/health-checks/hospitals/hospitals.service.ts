import type { AnyPolicy } from '@minsheng/rules/engine/policy.ts';
import { type Actor, hasPermission } from '../../../platform/access/actor.ts';
import type { Permission } from '../../../platform/access/permissions.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { conflict, DomainError, forbidden, invalid, notFound } from '../../../platform/errors.ts';
import { userInScope } from '../../../platform/users/users.repo.ts';
import { linkableAccounts } from '../../entrepreneurship/linkable-accounts.repo.ts';
import { asDomainError } from '../../policy/effective-policy.ts';
import { hospitalOfUser, requireOwnHospital } from '../health-check-access.ts';
import type { HealthCheckDeps } from '../health-checks.services.ts';
import { HEALTH_CHECK_SETTLEMENT } from '../settlements/settlement-rule.ts';
import { designationCheck, designationRefusal } from './hospital-designation.ts';
import { facilitiesMet, facilitiesRecord, hospitalRequirements } from './hospital-requirements.ts';
import { createHospitalsRepo, type HospitalRow } from './hospitals.repo.ts';
import {
  type HospitalStatus,
  hospitalStatusLabels,
  healthCheckHospitals as hospitals,
} from './hospitals.schema.ts';
import type { DecisionInput, RegisterInput, UpdateInput } from './hospitals.views.ts';

const cols = { orgId: hospitals.orgId, orgPath: hospitals.orgPath };
const stale = () => new DomainError('STALE', '该体检医院信息已被他人修改，请刷新后重试');

/** Which status each decision leaves from, and where it goes. */
const decisions = {
  designate: { from: ['applied', 'refused', 'revoked'], to: 'designated', label: '确定为体检定点' },
  refuse: { from: ['applied'], to: 'refused', label: '不予确定' },
  revoke: { from: ['designated'], to: 'revoked', label: '取消定点' },
} as const satisfies Record<
  DecisionInput['decision'],
  { from: readonly HospitalStatus[]; to: HospitalStatus; label: string }
>;

/**
 * 定点体检医院 (000 第四篇 第一–八、十一、十九条): the 医保处 (`health_check:manage`) registers a hospital's
 * application, records its facilities and staffing, designates it when every condition holds (or
 * refuses, or revokes, with the reason) and links its staff accounts; a hospital's staff read their
 * own hospital.
 */
export function createHospitalsService(deps: Pick<HealthCheckDeps, 'db' | 'policies' | 'clock'>) {
  const { db, clock } = deps;
  const repo = createHospitalsRepo(db);

  const need = (actor: Actor, permission: Permission) => {
    if (!hasPermission(actor, permission)) throw forbidden();
  };
  const scope = (actor: Actor, permission: Permission) => accessFilter(actor, permission, cols);
  const settlementRule = () => deps.policies.effectivePolicy(HEALTH_CHECK_SETTLEMENT);

  function check(policy: AnyPolicy, row: HospitalRow) {
    try {
      return designationCheck(policy, row, clock.today());
    } catch (err) {
      return asDomainError(err);
    }
  }

  async function view(row: HospitalRow, withStaff: boolean) {
    return {
      id: row.id,
      name: row.name,
      code: row.code,
      grade: row.grade,
      general: row.general,
      status: row.status,
      statusLabel: hospitalStatusLabels[row.status],
      decidedOn: row.decidedOn,
      address: row.address,
      contact: row.contact,
      insuranceDesignated: row.insuranceDesignated,
      facilities: facilitiesMet(row.facilities),
      requirements: hospitalRequirements.map(({ code, label, clause }) => ({ code, label, clause })),
      chiefExaminerName: row.chiefExaminerName,
      chiefExaminerTitle: row.chiefExaminerTitle,
      examiners: row.examiners,
      plannedDailyVolume: row.plannedDailyVolume,
      decisionNote: row.decisionNote,
      version: row.version,
      check: check(await settlementRule(), row),
      staff: withStaff ? await repo.staff(row.id) : [],
    };
  }

  async function managed(actor: Actor, id: string) {
    need(actor, 'health_check:manage');
    const row = await repo.row(scope(actor, 'health_check:manage'), id);
    if (!row) throw notFound('体检医院');
    return row;
  }

  const detail = async (actor: Actor, id: string) => {
    need(actor, 'health_check:read');
    const row = await repo.row(scope(actor, 'health_check:read'), id);
    if (!row) throw notFound('体检医院');
    return view(row, hasPermission(actor, 'health_check:manage'));
  };

  return {
    detail,

    async list(actor: Actor, status?: HospitalStatus) {
      need(actor, 'health_check:read');
      const [rows, policy] = await Promise.all([
        repo.list(scope(actor, 'health_check:read'), status),
        settlementRule(),
      ]);
      return rows.map((row) => ({
        id: row.id,
        name: row.name,
        code: row.code,
        grade: row.grade,
        general: row.general,
        status: row.status,
        statusLabel: hospitalStatusLabels[row.status],
        decidedOn: row.decidedOn,
        conditionsMet: check(policy, row).ok,
      }));
    },

    /** 本院信息: the hospital a hospital user works for, read-only (403 for anyone else). */
    async mine(actor: Actor) {
      const id = await requireOwnHospital(db, actor);
      const row = await repo.byId(id);
      if (!row) throw notFound('体检医院');
      return view(row, false);
    },

    /** Registers a hospital's application (待认定) at the 医保处's organisation. */
    async register(actor: Actor, input: RegisterInput) {
      need(actor, 'health_check:manage');
      const { facilities, ...fields } = input;
      const id = await db.transaction(async (tx) => {
        const row = await createHospitalsRepo(tx).insert({
          ...fields,
          facilities: facilitiesRecord(facilities),
          status: 'applied',
          orgId: actor.orgId,
          orgPath: actor.orgPath,
          createdBy: actor.userId,
        });
        if (!row) throw conflict(`医院名称「${input.name}」或机构代码「${input.code}」已登记`);
        await recordAudit(tx, actor, {
          action: 'health_check.hospital.register',
          targetType: 'health_check_hospital',
          targetId: row.id,
          detail: { code: row.code, grade: row.grade },
        });
        return row.id;
      });
      return detail(actor, id);
    },

    /** Records the hospital's facts, checklist and staffing (optimistic version). */
    async update(actor: Actor, id: string, input: UpdateInput) {
      await managed(actor, id);
      const { version, facilities, ...fields } = input;
      await db.transaction(async (tx) => {
        const saved = await createHospitalsRepo(tx).update(id, version, {
          ...fields,
          facilities: facilitiesRecord(facilities),
        });
        if (!saved) throw stale();
        await recordAudit(tx, actor, {
          action: 'health_check.hospital.update',
          targetType: 'health_check_hospital',
          targetId: id,
          detail: {
            facilities: facilities.length,
            examiners: fields.examiners,
            volume: fields.plannedDailyVolume,
          },
        });
      });
      return detail(actor, id);
    },

    /** 确定为体检定点 (only when every condition holds), 不予确定 or 取消定点 with the reason. */
    async decide(actor: Actor, id: string, input: DecisionInput) {
      const row = await managed(actor, id);
      const step = decisions[input.decision];
      if (!(step.from as readonly HospitalStatus[]).includes(row.status))
        throw conflict(`「${row.name}」当前为「${hospitalStatusLabels[row.status]}」，不能${step.label}`);
      if (input.decision === 'designate') {
        const result = check(await settlementRule(), row);
        if (!result.ok)
          throw invalid(designationRefusal(result), {
            failed: result.conditions.filter((c) => !c.met).map((c) => c.code),
          });
      }
      const reason = input.decision === 'designate' ? null : input.reason;
      await db.transaction(async (tx) => {
        const saved = await createHospitalsRepo(tx).update(id, input.version, {
          status: step.to,
          decidedOn: clock.today(),
          decidedBy: actor.userId,
          decisionNote: reason,
        });
        if (!saved) throw stale();
        await recordAudit(tx, actor, {
          action: `health_check.hospital.${input.decision}`,
          targetType: 'health_check_hospital',
          targetId: id,
          detail: { from: row.status, to: step.to, reason },
        });
      });
      return detail(actor, id);
    },

    /** Accounts of role 定点体检医院 the 医保处 may link, with the hospital each works for. */
    async accounts(actor: Actor) {
      need(actor, 'health_check:manage');
      return linkableAccounts(
        db,
        actor,
        'hospital_staff',
        await repo.linkedAccounts(),
        'health_check:manage',
      );
    },

    /** Links an account holding the hospital role to the hospital (one hospital per account). */
    async linkStaff(actor: Actor, id: string, userId: string) {
      await managed(actor, id);
      const user = await userInScope(db, actor, 'health_check:manage', userId);
      if (!user) throw notFound('用户');
      if (!user.roles.includes('hospital_staff'))
        throw invalid(`账号「${user.username}」不是定点体检医院角色，不能关联到体检医院`);
      await db.transaction(async (tx) => {
        const linked = await hospitalOfUser(tx, userId);
        if (linked)
          throw conflict(`账号「${user.username}」已关联到${linked === id ? '本' : '其他'}体检医院`);
        await createHospitalsRepo(tx).link(userId, id);
        await recordAudit(tx, actor, {
          action: 'health_check.hospital.staff_link',
          targetType: 'health_check_hospital',
          targetId: id,
          detail: { userId },
        });
      });
      return detail(actor, id);
    },

    /** Unlinks a staff account: from then on it sees no hospital's records. */
    async unlinkStaff(actor: Actor, id: string, userId: string) {
      await managed(actor, id);
      await db.transaction(async (tx) => {
        const [removed] = await createHospitalsRepo(tx).unlink(userId, id);
        if (!removed) throw notFound('本院关联账号');
        await recordAudit(tx, actor, {
          action: 'health_check.hospital.staff_unlink',
          targetType: 'health_check_hospital',
          targetId: id,
          detail: { userId },
        });
      });
      return detail(actor, id);
    },
  };
}

export type HospitalsService = ReturnType<typeof createHospitalsService>;
