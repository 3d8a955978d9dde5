import { monthOf } from '@minsheng/rules/engine/dates.ts';
import { lookup } from '@minsheng/rules/engine/parameters.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { hasPermission } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { conflict, DomainError, forbidden, notFound } from '../../../platform/errors.ts';
import { isUniqueViolation } from '../../registry/persons/persons.service.ts';
import { checkEndDate, checkRecordDate } from '../../registry/registrations/registration-rules.ts';
import { fail } from '../../registry/registrations/registrations.service.ts';
import { type PostKind, postKindLabels } from '../entitlements.schema.ts';
import type { EntitlementsDeps } from '../entitlements.services.ts';
import { EXTENSION_WINDOW_MONTHS, postClock } from './post-clock.ts';
import { createPostsRepo, type PostFilter, type PostView } from './posts.repo.ts';

/** The policy whose `general_max_months` runs the clock (三(三)2). */
export const PUBLIC_WELFARE_POLICY_ID = 'county-city.public-welfare-post';

export interface RegisterPostInput {
  employerId: string;
  title: string;
  kind: PostKind;
  holderPersonId: string;
  startOn: string;
  continuousSinceMonth?: string | null | undefined;
}

export interface EndPostInput {
  version: number;
  endedOn: string;
  reason: string;
}

export interface ExtensionInput {
  version: number;
  note: string;
}

const stale = () => new DomainError('STALE', '该岗位记录已被他人修改，请刷新后重试');
const alreadyPlaced = () => conflict('该人员已在公益性岗位上岗且尚未结束，一人同时只能登记一个公益性岗位');

/**
 * 公益性岗位台账: the post register, its 3-year clock (36 months, the policy's `general_max_months`,
 * from the first subsidised month of continuous employment) and the reviewer's 4050 extension
 * (三(三)2 "“4050”人员…可适当延长"). Scoped to the holder's organisation.
 */
export function createPostsService(deps: EntitlementsDeps) {
  const { db } = deps;
  const repo = createPostsRepo(db);

  /** `general_max_months` as the deployment applies it, for a clock starting in `month`. */
  async function maxMonthsReader() {
    const policy = await deps.policies.effectivePolicy(PUBLIC_WELFARE_POLICY_ID);
    return (month: string) => Number(lookup(policy.parameters, 'general_max_months', `${month}-01`).value);
  }

  function present(v: PostView, maxMonths: (month: string) => number) {
    const { post } = v;
    const clock = postClock({
      startOn: post.startOn,
      continuousSinceMonth: post.continuousSinceMonth,
      endedOn: post.endedOn,
      generalMaxMonths: maxMonths(post.continuousSinceMonth ?? monthOf(post.startOn)),
      holder: { gender: v.holderGender === '1' ? 'male' : 'female', birthDate: v.holderBirthDate },
      today: deps.clock.today(),
    });
    return {
      id: post.id,
      title: post.title,
      kind: post.kind,
      kindLabel: postKindLabels[post.kind],
      employerId: post.employerId,
      employerName: v.employerName,
      holderPersonId: post.holderPersonId,
      holderName: v.holderName,
      holderIdNumberMasked: v.holderIdNumberMasked,
      startOn: post.startOn,
      continuousSinceMonth: post.continuousSinceMonth,
      ...clock,
      extensionApprovedAt: post.extensionApprovedAt,
      extensionNote: post.extensionNote,
      /** a reviewer may approve the extension now (4050, open, not yet approved, near or past the end) */
      extensionAllowed:
        clock.is4050 && clock.nearEnd && post.endedOn === null && post.extensionApprovedAt === null,
      endedOn: post.endedOn,
      endReason: post.endReason,
      version: post.version,
    };
  }

  async function postFor(actor: Actor, id: string, permission: 'entitlement:manage' | 'entitlement:run') {
    if (!hasPermission(actor, permission)) throw forbidden();
    const v = await repo.one(actor, id, permission);
    if (!v) throw notFound('公益性岗位');
    return v;
  }

  async function detail(id: string, actor: Actor) {
    const v = (await repo.one(actor, id, 'entitlement:read'))!;
    return {
      ...present(v, await maxMonthsReader()),
      entitlements: await repo.entitlementsOf(id),
    };
  }

  return {
    async list(actor: Actor, filter: PostFilter, page: { page: number; pageSize: number }) {
      const [{ items, total }, maxMonths] = await Promise.all([
        repo.list(actor, filter, page),
        maxMonthsReader(),
      ]);
      return { items: items.map((v) => present(v, maxMonths)), total };
    },

    /** The post, its holder and its entitlements; an audited read, since it shows who holds it. */
    async get(actor: Actor, id: string) {
      const v = await repo.one(actor, id, 'entitlement:read');
      if (!v) throw notFound('公益性岗位');
      await recordAudit(db, actor, {
        action: 'public_welfare_post.read',
        targetType: 'public_welfare_post',
        targetId: id,
        detail: { holderPersonId: v.post.holderPersonId },
      });
      return detail(id, actor);
    },

    async register(actor: Actor, input: RegisterPostInput) {
      if (!hasPermission(actor, 'entitlement:manage')) throw forbidden();
      const holder = await repo.holder(actor, input.holderPersonId, 'entitlement:manage');
      if (!holder) throw notFound('人员');
      if (!(await repo.employer(actor, input.employerId))) throw notFound('用人单位');
      fail(checkRecordDate('上岗日期', 'startOn', input.startOn, holder.birthDate, deps.clock.today()));
      const since = input.continuousSinceMonth ?? null;
      if (since !== null && since > monthOf(input.startOn))
        fail({
          path: 'continuousSinceMonth',
          message: `连续就业首个补贴月份「${since}」不能晚于上岗月份「${monthOf(input.startOn)}」`,
        });
      if (!(await repo.isDifficultyPerson(holder.id)))
        fail({
          path: 'holderPersonId',
          message: '公益性岗位只能安排就业困难人员：该人员没有有效的就业困难人员认定（三(三)2）',
        });
      const id = await db
        .transaction(async (tx) => {
          const txRepo = createPostsRepo(tx);
          if (await txRepo.openOf(holder.id)) throw alreadyPlaced();
          const row = await txRepo.insert({
            employerId: input.employerId,
            title: input.title.trim(),
            kind: input.kind,
            holderPersonId: holder.id,
            startOn: input.startOn,
            continuousSinceMonth: since,
            orgId: holder.orgId,
            orgPath: holder.orgPath,
            createdBy: actor.userId,
          });
          await recordAudit(tx, actor, {
            action: 'public_welfare_post.create',
            targetType: 'public_welfare_post',
            targetId: row.id,
            detail: {
              holderPersonId: holder.id,
              employerId: input.employerId,
              kind: input.kind,
              startOn: input.startOn,
              continuousSinceMonth: since,
            },
          });
          return row.id;
        })
        .catch((e: unknown) => {
          if (isUniqueViolation(e)) throw alreadyPlaced();
          throw e;
        });
      return detail(id, actor);
    },

    async end(actor: Actor, id: string, input: EndPostInput) {
      const { post } = await postFor(actor, id, 'entitlement:manage');
      if (post.endedOn) throw conflict(`该岗位已于${post.endedOn}结束`);
      if (post.version !== input.version) throw stale();
      fail(checkEndDate('结束日期', 'endedOn', input.endedOn, post.startOn, deps.clock.today()));
      const reason = input.reason.trim();
      await db.transaction(async (tx) => {
        if (!(await createPostsRepo(tx).end(id, post.version, input.endedOn, reason))) throw stale();
        await recordAudit(tx, actor, {
          action: 'public_welfare_post.end',
          targetType: 'public_welfare_post',
          targetId: id,
          detail: { holderPersonId: post.holderPersonId, endedOn: input.endedOn, reason },
        });
      });
      return detail(id, actor);
    },

    /**
     * 同意延长 (三(三)2 "“4050”人员…可适当延长"): a reviewer's discretionary decision, for an open
     * post whose holder is "4050" when the general term runs out, once the clock has
     * `EXTENSION_WINDOW_MONTHS` months or fewer left (or is past its end), once.
     */
    async approveExtension(actor: Actor, id: string, input: ExtensionInput) {
      const v = await postFor(actor, id, 'entitlement:run');
      const { post } = v;
      if (post.endedOn) throw conflict(`该岗位已于${post.endedOn}结束，不能延长补贴期限`);
      if (post.extensionApprovedAt) throw conflict('该岗位的补贴期限已同意延长，不能重复审批');
      if (post.version !== input.version) throw stale();
      const c = present(v, await maxMonthsReader());
      if (!c.is4050)
        throw conflict(
          `只有“4050”人员可延长公益性岗位补贴期限（三(三)2）：${c.is4050Reason}，一般补贴期限至${c.generalEndMonth}`,
        );
      if (!c.nearEnd)
        throw conflict(
          `补贴期限至${c.generalEndMonth}，尚余${c.monthsLeft}个月；到期前${EXTENSION_WINDOW_MONTHS}个月内方可审批延长`,
        );
      const note = input.note.trim();
      const at = deps.clock.now();
      await db.transaction(async (tx) => {
        if (!(await createPostsRepo(tx).approveExtension(id, post.version, actor.userId, at, note)))
          throw stale();
        await recordAudit(tx, actor, {
          action: 'public_welfare_post.extension',
          targetType: 'public_welfare_post',
          targetId: id,
          detail: { holderPersonId: post.holderPersonId, generalEndMonth: c.generalEndMonth, note },
        });
      });
      return detail(id, actor);
    },
  };
}

export type PostsService = ReturnType<typeof createPostsService>;
