import { getPolicy } from '@minsheng/rules/catalogue.ts';
import type { WorkCalendar } from '@minsheng/rules/engine/calendar.ts';
import type { Executor } from '../db/client.ts';
import { earliestNoticeEnd } from '../modules/cases/notices/cases-notice.rules.ts';
import type { Actor } from '../platform/access/actor.ts';
import type { FieldCipher } from '../platform/crypto.ts';
import {
  type DemoApplicant,
  demoApplicants,
  type Filing,
  type FilingKind,
  filingFor,
  kindPolicy,
} from './demo-applicants.ts';
import { seededRandom } from './demo-persons.ts';
import { caseVersion, type DemoServices, demoActors, demoCalendar, demoServices } from './demo-services.ts';
import { applyDemoSettings, type DemoSettings } from './demo-settings.ts';
import { type DemoTimeline, demoTimeline } from './demo-timeline.ts';

/** The stages the demo leaves its cases in, each with how many cases (deepest first). */
const stagePlan = [
  ['reconciled', 3],
  ['paid', 2],
  ['payment_planned', 2],
  ['approved', 1],
  ['rejected', 2],
  ['in_public_notice', 2],
  ['reviewed', 2],
  ['accepted', 2],
  ['returned', 1],
  ['submitted', 2],
  ['draft', 1],
] as const;
export type DemoStage = (typeof stagePlan)[number][0];
export const demoStages: readonly DemoStage[] = stagePlan.map(([s]) => s);

const paying: readonly DemoStage[] = ['reconciled', 'paid', 'payment_planned'];
const decided: readonly DemoStage[] = [...paying, 'approved', 'rejected'];

/** The kinds of application that can end in a stage: refusals come from the kinds the rules refuse. */
const kindsFor = (stage: DemoStage): FilingKind[] =>
  stage === 'rejected'
    ? ['assistance_reemployed', 'flexible_not_difficult']
    : stage === 'in_public_notice'
      ? ['flexible']
      : ['assistance', 'flexible', 'start_up'];

/**
 * The working days (counted back from today) of the steps of a case bound for a stage: cases that
 * went the whole way were filed about seven weeks ago, those still at the desk recently.
 */
function daysOf(
  stage: DemoStage,
  i: number,
): { file: number; accept?: number; review?: number; decide?: number } {
  if (decided.includes(stage)) return { file: 36 - (i % 4), accept: 31, review: 27, decide: 24 };
  if (stage === 'in_public_notice') return { file: 12, accept: 10, review: 8, decide: 6 };
  if (stage === 'reviewed') return { file: 12 - i, accept: 9, review: 2 };
  if (stage === 'accepted') return { file: 8 - i, accept: 4 };
  if (stage === 'returned') return { file: 7, accept: 5 };
  return { file: stage === 'submitted' ? 2 - i : 0 };
}

/** The working days of the later steps, shared by every case that takes them. */
const LATER = {
  notice: 23,
  objection: 21,
  dismiss: 19,
  closeNotice: 16,
  toFinance: 15,
  plan: 12,
  approvePlan: 11,
  pay: 8,
  reconcile: 5,
  openNotice: 4,
  openObjection: 2,
};

interface DemoCase {
  stage: DemoStage;
  /** its place among the cases bound for its stage */
  nth: number;
  applicant: DemoApplicant;
  filing: Filing;
  officer: Actor;
  id?: string;
  /** what the reviewer's evaluation granted (fen), once reviewed */
  outcome?: string;
}

/** For every planned case, the first applicant not yet used whose registry fits one of its kinds. */
function castCases(
  applicants: readonly DemoApplicant[],
  officers: readonly Actor[],
  t: DemoTimeline,
  settings: DemoSettings,
  seed: number,
): DemoCase[] {
  const r = seededRandom(seed + 17);
  const used = new Set<string>();
  const cast: DemoCase[] = [];
  let turn = 0;
  for (const [stage, count] of stagePlan) {
    const kinds = kindsFor(stage).filter((k) => settings.caseTypeIds.includes(kindPolicy[k]));
    for (let i = 0; i < count && kinds.length > 0; i++) {
      const filedOn = t.workingDay(daysOf(stage, i).file);
      // The kinds in turn, so the stages show a variety of items.
      const order = kinds.map((_, j) => kinds[(j + turn) % kinds.length]!);
      turn += 1;
      const pick = order
        .flatMap((kind) => applicants.filter((a) => !used.has(a.personId)).map((a) => ({ kind, a })))
        .map(({ kind, a }) => {
          const officer = officers.find((o) => a.orgPath.startsWith(o.orgPath));
          const filing = officer ? filingFor(kind, a, filedOn, [], r) : null;
          return filing && officer ? { stage, nth: i, applicant: a, filing, officer } : null;
        })
        .find((c) => c !== null);
      if (!pick) continue;
      used.add(pick.applicant.personId);
      cast.push(pick);
    }
  }
  return cast;
}

export interface DemoCaseCounts {
  cases: number;
  byStage: Partial<Record<DemoStage, number>>;
  notices: number;
  objections: number;
  paymentPlans: number;
  shortageOccupations: number;
}

const ref = async (tx: Executor, id: string) => ({ id, version: await caseVersion(tx, id) });

/**
 * The demo's case work, done through the services an officer's clicks reach (create, submit,
 * accept, review with the human checks confirmed, approve, public notice with objections, finance,
 * payment plan, pay, reconcile), each on a working day before `now` with the timeline's clock: the
 * administrator's settings first, then cases left in every stage of the lifecycle. The amounts are
 * whatever the rules decide on the registry; nothing is written around the services.
 */
export async function createDemoCases(
  tx: Executor,
  cipher: FieldCipher,
  opts: { cityPath: string; seed: number; now: Date; usernames: readonly string[] },
): Promise<DemoCaseCounts> {
  const calendar = await demoCalendar(tx);
  // The story's own days count weekends alone in a year without a holiday schedule (the services
  // still mark such deadlines provisional), so the demo starts on any date.
  const storyCalendar = calendar.withMissingYearsAs(() => undefined);
  const t = demoTimeline(opts.now, storyCalendar);
  const s = demoServices(tx, cipher, t.clock, calendar);
  const actors = await demoActors(tx, opts.usernames);
  const reviewer = actors.get('sj_reviewer')!;
  const finance = actors.get('sj_finance')!;
  const officers = [...actors.values()].filter((a) => a.roles.some((r) => r.code === 'street_officer'));

  let settings: DemoSettings | undefined;
  t.at(t.workingDay(40), async () => {
    settings = await applyDemoSettings(s, reviewer, t.clock.today());
  });
  await t.play();
  const cast = castCases(await demoApplicants(tx, opts.cityPath), officers, t, settings!, opts.seed);
  const counts = { notices: 0, objections: 0, paymentPlans: 0 };
  for (const c of cast) fileCase(s, tx, t, c, reviewer);
  scheduleNotices(s, tx, t, cast, reviewer, storyCalendar, settings!, counts);
  scheduleFinance(s, tx, t, cast, reviewer, finance, counts);
  await t.play();

  const byStage: DemoCaseCounts['byStage'] = {};
  for (const c of cast) byStage[c.stage] = (byStage[c.stage] ?? 0) + 1;
  return {
    cases: cast.length,
    byStage,
    ...counts,
    shortageOccupations: settings!.shortageOccupations.length,
  };
}

/** Confirms every human check the policy asks of the reviewer (the demo's paper checks pass). */
const confirmedChecks = (policyId: string) =>
  Object.fromEntries(getPolicy(policyId)!.checks.map((c) => [c.id, { confirmed: true, note: '已核对原件' }]));

/** Schedules a case's steps up to its decision (or the step it stops at). */
function fileCase(s: DemoServices, tx: Executor, t: DemoTimeline, c: DemoCase, reviewer: Actor) {
  const days = daysOf(c.stage, c.nth);
  t.at(t.workingDay(days.file), async () => {
    const created = await s.cases.create(c.officer, {
      caseTypeId: c.filing.policyId,
      applicantKind: 'person',
      personId: c.applicant.personId,
      application: c.filing.application,
    });
    c.id = created.id;
    if (c.stage !== 'draft') await s.cases.submit(c.officer, c.id, { version: await caseVersion(tx, c.id) });
  });
  if (days.accept !== undefined)
    t.at(t.workingDay(days.accept), async () => {
      const id = c.id!;
      const materials = (await s.cases.detail(c.officer, id)).materials.map((m, k) => ({
        code: m.code,
        // The returned case lacks its last required item.
        provided: !(c.stage === 'returned' && k === 0),
      }));
      const version = await caseVersion(tx, id);
      if (c.stage === 'returned')
        await s.cases.return(c.officer, id, { version, materials, note: '材料不全，请补正后重新提交' });
      else await s.cases.accept(c.officer, id, { version, materials });
    });
  if (days.review !== undefined)
    t.at(t.workingDay(days.review), async () => {
      const id = c.id!;
      const reviewed = await s.cases.review(reviewer, id, {
        version: await caseVersion(tx, id),
        checks: confirmedChecks(c.filing.policyId),
        note: '经核对登记信息与申请材料，按规则核验结果提出审核意见',
      });
      c.outcome = (reviewed.frozenEvaluation as { outcome?: string } | null)?.outcome;
    });
  if (days.decide !== undefined)
    t.at(t.workingDay(days.decide), async () => {
      const id = c.id!;
      const version = await caseVersion(tx, id);
      if (c.stage === 'rejected' || c.outcome !== 'eligible') {
        const detail = await s.cases.detail(reviewer, id);
        const evaluation = detail.frozenEvaluation as {
          conditions?: { status: string; sentence: string; citation?: string }[];
        } | null;
        const reasons = (evaluation?.conditions ?? [])
          .filter((x) => x.status === 'fail')
          .map((x) => `${x.sentence}${x.citation ? `（${x.citation}）` : ''}`);
        await s.cases.reject(reviewer, id, {
          version,
          reasons: reasons.length > 0 ? reasons : ['不符合申领条件'],
        });
        c.stage = 'rejected';
      } else await s.cases.approve(reviewer, id, { version, note: '同意' });
    });
}

/**
 * The public notices (公示) of the item that requires one: the cases bound for payment on a
 * notice that drew an objection, dismissed before it closed; those bound for the notice stage on
 * one still running, with an objection waiting for an answer.
 */
function scheduleNotices(
  s: DemoServices,
  tx: Executor,
  t: DemoTimeline,
  cast: readonly DemoCase[],
  reviewer: Actor,
  calendar: WorkCalendar,
  settings: DemoSettings,
  counts: { notices: number; objections: number },
) {
  const notice = settings.notice;
  if (!notice) return;
  const noticed = (stages: readonly DemoStage[]) =>
    cast.filter((c) => stages.includes(c.stage) && c.filing.policyId === notice.caseTypeId);
  const publish = async (cases: readonly DemoCase[], title: string) => {
    const startsOn = t.clock.today();
    const endsOn = earliestNoticeEnd({ unit: 'working_days', amount: notice.days }, startsOn, calendar);
    const refs = await Promise.all(cases.map((c) => ref(tx, c.id!)));
    counts.notices += 1;
    return s.stages.notices.create(reviewer, {
      caseTypeId: notice.caseTypeId,
      title,
      startsOn,
      endsOn,
      cases: refs,
    });
  };
  const object = async (noticeId: string, c: DemoCase, content: string) => {
    counts.objections += 1;
    return s.stages.notices.addObjection(reviewer, noticeId, {
      caseId: c.id!,
      receivedOn: t.clock.today(),
      objector: '群众来电（匿名）',
      content,
    });
  };

  let closing: { id: string; objectionId: string } | undefined;
  t.at(t.workingDay(LATER.notice), async () => {
    const cases = noticed(paying);
    if (cases.length === 0) return;
    const published = await publish(cases, `${notice.name}拟发放名单公示（第一批）`);
    closing = { id: published.id, objectionId: '' };
  });
  t.at(t.workingDay(LATER.objection), async () => {
    if (!closing) return;
    const c = noticed(paying)[0]!;
    closing.objectionId = (
      await object(closing.id, c, '反映申请人名下另有个体工商户，质疑其就业困难身份')
    ).id;
  });
  t.at(t.workingDay(LATER.dismiss), async () => {
    if (!closing) return;
    await s.stages.notices.resolveObjection(reviewer, closing.objectionId, {
      outcome: 'dismissed',
      resolution: '经核查，申请人就业困难认定有效，个体工商户登记已注销，异议不成立',
      version: 1,
    });
  });
  t.at(t.workingDay(LATER.closeNotice), async () => {
    if (!closing) return;
    const current = await s.stages.notices.detail(reviewer, closing.id);
    await s.stages.notices.close(reviewer, closing.id, current.version);
  });

  let open: string | undefined;
  t.at(t.workingDay(LATER.openNotice), async () => {
    const cases = noticed(['in_public_notice']);
    if (cases.length > 0) open = (await publish(cases, `${notice.name}拟发放名单公示（第二批）`)).id;
  });
  t.at(t.workingDay(LATER.openObjection), async () => {
    const c = noticed(['in_public_notice'])[0];
    if (open && c) await object(open, c, '反映申请人实际在单位上班，不属于灵活就业，请核实');
  });
}

/** Forwarding to finance, one payment plan per paying stage, paying and reconciling them. */
function scheduleFinance(
  s: DemoServices,
  tx: Executor,
  t: DemoTimeline,
  cast: readonly DemoCase[],
  reviewer: Actor,
  finance: Actor,
  counts: { paymentPlans: number },
) {
  const bound = (stages: readonly DemoStage[]) => cast.filter((c) => stages.includes(c.stage));
  t.at(t.workingDay(LATER.toFinance), async () => {
    const cases = bound(paying);
    if (cases.length > 0)
      await s.stages.finance.sendToFinance(reviewer, await Promise.all(cases.map((c) => ref(tx, c.id!))));
  });
  const batches = [
    { stage: 'reconciled', title: '第一批' },
    { stage: 'paid', title: '第二批' },
    { stage: 'payment_planned', title: '第三批' },
  ] as const;
  for (const [k, b] of batches.entries()) {
    let plan: { id: string; version: number } | undefined;
    t.at(t.workingDay(LATER.plan), async () => {
      const cases = bound([b.stage]);
      if (cases.length === 0) return;
      plan = await s.stages.finance.createPlan(finance, {
        title: `就业补助资金用款计划（${b.title}）`,
        cases: await Promise.all(cases.map((c) => ref(tx, c.id!))),
      });
      counts.paymentPlans += 1;
    });
    t.at(t.workingDay(LATER.approvePlan), async () => {
      if (plan) plan = await s.stages.finance.approvePlan(finance, plan.id, plan.version);
    });
    if (b.stage === 'payment_planned') continue;
    t.at(t.workingDay(LATER.pay), async () => {
      if (plan) plan = await s.stages.payments.pay(finance, plan.id, { bankReference: `DEMO-BANK-${k + 1}` });
    });
    if (b.stage === 'paid') continue;
    t.at(t.workingDay(LATER.reconcile), async () => {
      if (plan) await s.stages.payments.reconcile(finance, plan.id, { version: plan.version });
    });
  }
}
