import { getPolicy } from '@minsheng/rules/catalogue.ts';
import { monthOf } from '@minsheng/rules/engine/dates.ts';
import { fenToYuan } from '@minsheng/rules/engine/money.ts';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../../platform/access/actor.ts';
import { hasPermission } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { conflict, forbidden, invalid, notFound } from '../../../platform/errors.ts';
import { nextNumber } from '../../cases/cases.repo.ts';
import { approvedStatuses, caseStatusLabels } from '../../cases/workflow/case-status.ts';
import type { CaseDeps } from '../../cases/workflow/case-transition.ts';
import {
  type EntitlementPeriodKind,
  type EntitlementStatus,
  entitlementPeriodKindLabels,
  entitlementRecoveries,
  entitlementStatusLabels,
  postKindLabels,
} from '../entitlements.schema.ts';
import { createEntitlementsRepo, createRecoveriesRepo, type EntitlementRow } from './entitlements.repo.ts';
import { recoveryView } from './recoveries.service.ts';
import { recurringPolicy } from './recurring-policies.ts';
import { RETIREMENT_KEY } from './stop-facts.repo.ts';
import { stopCodeLabel } from './stop-labels.ts';

export interface SetUpInput {
  caseId: string;
  periodKind: EntitlementPeriodKind;
  startMonth: string;
  endMonth?: string | undefined;
  postId?: string | undefined;
  retirementCategory?: 'female_cadre' | 'female_worker' | undefined;
}

const policyName = (id: string) => getPolicy(id)?.name ?? id;
const yuan = (fen: number | null) => (fen === null ? null : fenToYuan(fen));

/** The list's view of an entitlement: the holder masked, names in Chinese. */
export function entitlementView(r: {
  entitlement: EntitlementRow;
  holderName: string;
  holderIdNumberMasked: string;
  employerName: string | null;
}) {
  const e = r.entitlement;
  return {
    id: e.id,
    number: e.number,
    policyId: e.policyId,
    policyName: policyName(e.policyId),
    personId: e.personId,
    holderName: r.holderName,
    holderIdNumberMasked: r.holderIdNumberMasked,
    employerId: e.employerId,
    employerName: r.employerName,
    postId: e.postId,
    periodKind: e.periodKind,
    periodKindLabel: entitlementPeriodKindLabels[e.periodKind],
    startMonth: e.startMonth,
    endMonth: e.endMonth,
    status: e.status,
    statusLabel: entitlementStatusLabels[e.status],
    listedThroughMonth: e.listedThroughMonth,
    stopCode: e.stopCode,
    stopLabel: stopCodeLabel(e.stopCode),
    stoppedOn: e.stoppedOn,
    stopReason: e.stopReason,
    sourceCaseId: e.sourceCaseId,
    createdAt: e.createdAt.toISOString(),
    version: e.version,
  };
}

/**
 * Recurring entitlements (定期待遇): set up from an approved case of a recurring policy, listed and
 * read within the actor's scope.
 */
export function createEntitlementsService(deps: CaseDeps) {
  const { db, clock } = deps;

  async function checkSetUp(actor: Actor, input: SetUpInput) {
    const repo = createEntitlementsRepo(db);
    const source = await repo.sourceCase(actor, input.caseId);
    if (!source) throw notFound('案件');
    const recurring = recurringPolicy(source.policyId);
    if (!recurring)
      throw invalid(`「${policyName(source.policyId)}」不是按期发放的待遇，不能设立定期待遇`, [
        { path: 'caseId', message: '非定期待遇事项' },
      ]);
    if (!approvedStatuses.has(source.status))
      throw invalid(
        `案件 ${source.number} 尚未批准（${caseStatusLabels[source.status]}），不能设立定期待遇`,
        [{ path: 'caseId', message: '案件未批准' }],
      );
    if (source.application.entitlementId !== undefined)
      throw invalid(`案件 ${source.number} 是定期待遇的某期申领，不能再设立定期待遇`, [
        { path: 'caseId', message: '定期发放案件' },
      ]);
    if (!recurring.periodKinds.includes(input.periodKind))
      throw invalid(`该事项不按「${entitlementPeriodKindLabels[input.periodKind]}」发放`, [
        { path: 'periodKind', message: '发放周期不符' },
      ]);
    const period = source.application.period as { fromMonth?: string; toMonth?: string } | undefined;
    if (!period?.toMonth)
      throw invalid(`案件 ${source.number} 没有申领月份，不能设立定期待遇`, [
        { path: 'caseId', message: '无申领月份' },
      ]);
    if (input.startMonth <= period.toMonth)
      throw invalid(`起始月份须晚于原案件已申领的月份（${period.fromMonth}至${period.toMonth}）`, [
        { path: 'startMonth', message: `须晚于${period.toMonth}` },
      ]);
    if (input.endMonth !== undefined && input.endMonth < input.startMonth)
      throw invalid('终止月份不能早于起始月份', [{ path: 'endMonth', message: '早于起始月份' }]);
    return { source, recurring, period };
  }

  return {
    async setUp(actor: Actor, input: SetUpInput) {
      if (!hasPermission(actor, 'entitlement:manage')) throw forbidden();
      const { source, recurring } = await checkSetUp(actor, input);
      const repo = createEntitlementsRepo(db);
      const { period: _period, ...declared } = source.application;
      const application: Record<string, unknown> = { ...declared };
      let personId = source.personId;
      let employerId: string | null = null;
      let postId: string | null = null;
      if (recurring.applicant === 'post_employer') {
        if (!input.postId)
          throw invalid('请选择公益性岗位台账中的岗位', [{ path: 'postId', message: '必填' }]);
        const post = await repo.postInScope(actor, input.postId);
        if (!post) throw notFound('公益性岗位');
        if (post.endedOn)
          throw invalid(`该岗位已于${post.endedOn}终止`, [{ path: 'postId', message: '岗位已终止' }]);
        if (post.employerId !== source.employerId)
          throw invalid('岗位的用人单位不是原案件的申请单位', [{ path: 'postId', message: '用人单位不符' }]);
        if (source.personId === null || post.holderPersonId !== source.personId)
          throw invalid('岗位在岗人员不是原案件安排的人员（原案件须指明安排人员）', [
            { path: 'postId', message: '在岗人员不符' },
          ]);
        personId = post.holderPersonId;
        employerId = post.employerId;
        postId = post.id;
        application.employer = { ...(application.employer as object), kind: post.kind };
        application.continuousSinceMonth = post.continuousSinceMonth ?? monthOf(post.startOn);
      }
      if (!personId) throw invalid('原案件未指明待遇享受人员', [{ path: 'caseId', message: '无人员' }]);
      const person = (await repo.person(personId))!;
      if (person.gender === '2') {
        if (!input.retirementCategory)
          throw invalid('女性享受人员须选择退休人员类别（女干部或女工人），以确定法定退休年龄', [
            { path: 'retirementCategory', message: '必填' },
          ]);
        application[RETIREMENT_KEY] = input.retirementCategory;
      } else if (input.retirementCategory) {
        throw invalid('男性享受人员无须选择退休人员类别', [
          { path: 'retirementCategory', message: '仅女性填写' },
        ]);
      }
      if (await repo.bySourceCase(source.id)) throw conflict(`案件 ${source.number} 已设立定期待遇`);
      const current = await repo.activeOf(personId, source.policyId);
      if (current) throw conflict(`该人员已有发放中的同一事项定期待遇（${current.number}），不能重复设立`);
      const today = clock.today();
      const created = await db
        .transaction(async (tx) => {
          const row = await createEntitlementsRepo(tx).insert({
            number: await nextNumber(tx, 'entitlement', 'DQ', Number(today.slice(0, 4))),
            policyId: source.policyId,
            caseTypeId: source.caseTypeId,
            sourceCaseId: source.id,
            personId,
            employerId,
            postId,
            periodKind: input.periodKind,
            startMonth: input.startMonth,
            endMonth: input.endMonth ?? null,
            application,
            orgId: person.orgId,
            orgPath: person.orgPath,
            createdBy: actor.userId,
          });
          await recordAudit(tx, actor, {
            action: 'entitlement.set_up',
            targetType: 'entitlement',
            targetId: row.id,
            detail: { number: row.number, caseNumber: source.number, startMonth: row.startMonth },
          });
          return row;
        })
        .catch((e: unknown) => {
          if (
            String((e as { cause?: { code?: string } }).cause?.code ?? (e as { code?: string }).code) ===
            '23505'
          )
            throw conflict(`案件 ${source.number} 已设立定期待遇`);
          throw e;
        });
      return this.detail(actor, created.id);
    },

    async list(
      actor: Actor,
      filter: { status?: EntitlementStatus | undefined; policyId?: string | undefined },
      page: { page: number; pageSize: number },
    ) {
      if (!hasPermission(actor, 'entitlement:read')) throw forbidden();
      const { items, total } = await createEntitlementsRepo(db).list(actor, filter, page);
      return { items: items.map(entitlementView), total };
    },

    /** The entitlement with its periods, recoveries and post. Reveals the holder: audited. */
    async detail(actor: Actor, id: string) {
      if (!hasPermission(actor, 'entitlement:read')) throw forbidden();
      const repo = createEntitlementsRepo(db);
      const found = await repo.one(actor, id);
      if (!found) throw notFound('定期待遇');
      const e = found.entitlement;
      const [periods, recoveries, post, source] = await Promise.all([
        repo.periodsOf(e.id),
        createRecoveriesRepo(db)
          .list(actor, eq(entitlementRecoveries.entitlementId, e.id))
          .then((r) => r.items),
        e.postId ? repo.post(e.postId) : undefined,
        repo.sourceCase(actor, e.sourceCaseId),
      ]);
      await recordAudit(db, actor, {
        action: 'entitlement.read',
        targetType: 'entitlement',
        targetId: e.id,
        detail: { number: e.number },
      });
      return {
        ...entitlementView(found),
        sourceCaseNumber: source?.number ?? null,
        retirementCategory: (e.application[RETIREMENT_KEY] as string | undefined) ?? null,
        post: post
          ? {
              id: post.id,
              title: post.title,
              kind: post.kind,
              kindLabel: postKindLabels[post.kind],
              startOn: post.startOn,
              continuousSinceMonth: post.continuousSinceMonth,
              extensionApprovedAt: post.extensionApprovedAt?.toISOString() ?? null,
              endedOn: post.endedOn,
              endReason: post.endReason,
            }
          : null,
        periods: periods.map(({ period: p, runNumber, caseNumber, caseStatus }) => ({
          id: p.id,
          runId: p.runId,
          runNumber,
          fromMonth: p.fromMonth,
          toMonth: p.toMonth,
          outcome: p.outcome,
          outcomeLabel: p.outcome === 'listed' ? '已列入发放' : '停发',
          paidToMonth: p.paidToMonth,
          caseId: p.caseId,
          caseNumber,
          caseStatus,
          caseStatusLabel: caseStatus ? caseStatusLabels[caseStatus] : null,
          amount: yuan(p.amountFen),
          stopCode: p.stopCode,
          reason: p.reason,
        })),
        recoveries: recoveries.map(recoveryView),
      };
    },
  };
}

export type EntitlementsService = ReturnType<typeof createEntitlementsService>;
