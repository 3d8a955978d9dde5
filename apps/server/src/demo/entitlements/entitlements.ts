import { getPolicy } from '@minsheng/rules/catalogue.ts';
import { addDays, addMonths, addYears, monthOf } from '@minsheng/rules/engine/dates.ts';
import { and, asc, eq, gt, inArray, isNull, like, lte, notExists } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { publicWelfarePosts } from '../../modules/entitlements/entitlements.schema.ts';
import { createEntitlementsServices } from '../../modules/entitlements/entitlements.services.ts';
import { labourContracts } from '../../modules/registry/contracts/contracts.schema.ts';
import { employers } from '../../modules/registry/employers/employers.schema.ts';
import { persons } from '../../modules/registry/persons/persons.schema.ts';
import {
  difficultyDeterminations,
  employmentRegistrations,
  unemploymentRegistrations,
} from '../../modules/registry/registrations/registrations.schema.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { caseVersion, type DemoServices, demoActors, demoCalendar, demoServices } from '../demo-services.ts';
import { DEMO_REF } from '../demo-settings.ts';
import { demoTimeline } from '../demo-timeline.ts';

export const PUBLIC_WELFARE = 'county-city.public-welfare-post';

/** The months paid before today's month (the entitlements start the month after their source case). */
const PAID_MONTHS = 3;
/** Where the demo's holders were re-employed (a company of the registry's free text). */
const NEW_EMPLOYER = '泰安市岱宗物流有限公司';

export interface DemoEntitlements {
  /** paid every month so far, still in force */
  activeId: string;
  /** re-employed before the last month: that month's list stopped it, with the reason */
  stoppedId: string;
  /** re-employed during the last paid month: the current month's list will stop it */
  dueToStopId: string;
  runIds: string[];
}

/**
 * Demo values of the public-welfare policy's administered figures when they are still the YAML's
 * placeholders: the minimum wage as the other items' demo value, and the employer's minimum
 * monthly contributions (养老、医疗、失业) at round figures near Shandong's.
 */
async function setPublicWelfareFigures(s: DemoServices, reviewer: Actor, year: number) {
  const policy = getPolicy(PUBLIC_WELFARE)!;
  const placeholder = (name: string) =>
    Object.values(policy.parameters[name]!.steps).some((steps) => steps.some((x) => x.placeholder));
  const set = (name: string, from: string, value: string, key?: string) =>
    s.policies.setParameterValue(reviewer, PUBLIC_WELFARE, name, {
      ...(key ? { key } : {}),
      effectiveFrom: from,
      value,
      refDoc: DEMO_REF,
    });
  if (placeholder('minimum_monthly_wage')) {
    await set('minimum_monthly_wage', `${year - 2}-01-01`, '2100');
    await set('minimum_monthly_wage', `${year - 1}-10-01`, '2200');
  }
  if (placeholder('employer_minimum_contribution'))
    for (const [key, value] of [
      ['pension', '640'],
      ['medical', '300'],
      ['unemployment', '28'],
    ] as const)
      await set('employer_minimum_contribution', `${year - 2}-01-01`, value, key);
}

/**
 * Three local men of 30 to 49 of the station's area (younger than the "4050" persons 政策找人's demo
 * takes) the registry can tell the story of: none has an unemployment registration. They lost their
 * job (an open one ends then) eight months ago,
 * registered unemployed and were determined 就业困难人员 (持有《特困证》劳动力); an employer of
 * the street placed them on a public-welfare post five months ago with a three-year contract.
 */
async function seedHolders(tx: Executor, station: Actor, reviewer: Actor, today: string) {
  const aged = (gender: '1', from: number, to: number) =>
    and(
      eq(persons.gender, gender),
      lte(persons.birthDate, addYears(today, -from)),
      gt(persons.birthDate, addYears(today, -(to + 1))),
    );
  const open = employmentRegistrations;
  const chosen = await tx
    .select({
      id: persons.id,
      orgId: persons.orgId,
      orgPath: persons.orgPath,
      createdBy: persons.createdBy,
      openJobId: open.id,
    })
    .from(persons)
    .leftJoin(open, and(eq(open.personId, persons.id), isNull(open.endedOn)))
    .where(
      and(
        like(persons.orgPath, `${station.orgPath}%`),
        eq(persons.hukouPlace, 'local'),
        aged('1', 30, 49),
        notExists(
          tx
            .select({ id: unemploymentRegistrations.id })
            .from(unemploymentRegistrations)
            .where(eq(unemploymentRegistrations.personId, persons.id)),
        ),
        // not on a post already (公益性岗位台账's demo places its own holders)
        notExists(
          tx
            .select({ id: publicWelfarePosts.id })
            .from(publicWelfarePosts)
            .where(eq(publicWelfarePosts.holderPersonId, persons.id)),
        ),
      ),
    )
    .orderBy(asc(persons.idNumberHash))
    .limit(3);
  // A small demo city (a few hundred persons spread over the streets) may have too few: it then
  // goes without the story rather than fail to build.
  if (chosen.length < 3) return null;
  const [employer] = await tx
    .select({ id: employers.id })
    .from(employers)
    .where(like(employers.orgPath, `${station.orgPath}%`))
    .orderBy(asc(employers.creditCode))
    .limit(1);
  if (!employer) throw new Error('the demo station has no employer for public-welfare posts');

  const registeredOn = `${monthOf(addMonths(today, -8))}-05`;
  // an open job ended when they lost it, before they registered unemployed
  const closing = chosen.flatMap((p) => (p.openJobId ? [p.openJobId] : []));
  if (closing.length > 0)
    await tx
      .update(employmentRegistrations)
      .set({ endedOn: addDays(registeredOn, -10), endReason: 'contract_dissolved', updatedAt: new Date() })
      .where(inArray(employmentRegistrations.id, closing));
  const placedOn = `${monthOf(addMonths(today, -(PAID_MONTHS + 2)))}-01`;
  const registrations = await tx
    .insert(unemploymentRegistrations)
    .values(
      chosen.map((p, i) => ({
        personId: p.id,
        registeredOn,
        stationId: station.orgId,
        certificateNumber: `DQ${String(station.orgId).padStart(4, '0')}${String(i + 1).padStart(8, '0')}`,
        reason: 'contract_dissolved',
        orgId: p.orgId,
        orgPath: p.orgPath,
        createdBy: p.createdBy,
      })),
    )
    .returning({ id: unemploymentRegistrations.id, personId: unemploymentRegistrations.personId });
  await tx.insert(difficultyDeterminations).values(
    chosen.map((p) => ({
      personId: p.id,
      unemploymentRegistrationId: registrations.find((r) => r.personId === p.id)!.id,
      category: 'hardship_certificate',
      evidence: '《特困证》、《就业创业证》及身份证',
      decidedOn: addDays(registeredOn, 10),
      decidedBy: reviewer.userId,
      orgId: p.orgId,
      orgPath: p.orgPath,
      createdBy: p.createdBy,
    })),
  );
  await tx.insert(labourContracts).values(
    chosen.map((p) => ({
      personId: p.id,
      employerId: employer.id,
      termKind: 'fixed' as const,
      position: '社区公益性岗位',
      signedOn: addDays(placedOn, -3),
      startsOn: placedOn,
      endsOn: addDays(addYears(placedOn, 3), -1),
      orgId: p.orgId,
      orgPath: p.orgPath,
      createdBy: p.createdBy,
    })),
  );
  return { personIds: chosen.map((p) => p.id), employerId: employer.id, placedOn };
}

/** A case through the services: the station files and accepts, the city reviews and approves. */
async function approveCase(tx: Executor, s: DemoServices, station: Actor, reviewer: Actor, id: string) {
  let detail = await s.cases.detail(station, id);
  const materials = detail.materials.map((m) => ({ code: m.code, provided: true }));
  if (detail.status === 'draft') {
    await s.cases.submit(station, id, { version: detail.version, materials });
    detail = await s.cases.detail(station, id);
  }
  if (detail.status === 'submitted' || detail.status === 'returned')
    await s.cases.accept(station, id, { version: await caseVersion(tx, id), materials });
  const checks = Object.fromEntries(
    getPolicy(PUBLIC_WELFARE)!.checks.map((c) => [c.id, { confirmed: true, note: '已核对原件' }]),
  );
  await s.cases.review(reviewer, id, { version: await caseVersion(tx, id), checks, note: '材料齐全' });
  await s.cases.approve(reviewer, id, { version: await caseVersion(tx, id), note: '同意' });
}

/** Approved cases to finance, one payment plan, approved and paid. */
async function payCases(
  tx: Executor,
  s: DemoServices,
  reviewer: Actor,
  finance: Actor,
  ids: readonly string[],
  title: string,
) {
  const refs = async () => Promise.all(ids.map(async (id) => ({ id, version: await caseVersion(tx, id) })));
  await s.stages.finance.sendToFinance(reviewer, await refs());
  const plan = await s.stages.finance.createPlan(finance, { title, cases: await refs() });
  const approved = await s.stages.finance.approvePlan(finance, plan.id, plan.version);
  await s.stages.payments.pay(finance, approved.id, { bankReference: `DEMO-GY-${title.slice(-7)}` });
}

/**
 * 定期待遇's demo in the station's street: three men on public-welfare posts, each with the
 * employer's approved claim for the month before his entitlement and a monthly entitlement from
 * the next month. The city reviewer's lists of the last `PAID_MONTHS` months were paid through the
 * chain; one man was re-employed before the last of them, which stopped him (已停发, with the
 * reason); another during the last paid month, so the current month's list stops him; the third
 * is still paid. Everything through the services, each step on a working day of its month.
 */
export async function createDemoEntitlements(
  tx: Executor,
  cipher: FieldCipher,
  opts: {
    now: Date;
    today: string;
    stationUsername: string;
    reviewerUsername: string;
    financeUsername: string;
  },
): Promise<DemoEntitlements | null> {
  const calendar = await demoCalendar(tx);
  const storyCalendar = calendar.withMissingYearsAs(() => undefined);
  const t = demoTimeline(opts.now, storyCalendar);
  const s = demoServices(tx, cipher, t.clock, calendar);
  const e = createEntitlementsServices({ ...s, cipher });
  const actors = await demoActors(tx, [opts.stationUsername, opts.reviewerUsername, opts.financeUsername]);
  const station = actors.get(opts.stationUsername)!;
  const reviewer = actors.get(opts.reviewerUsername)!;
  const finance = actors.get(opts.financeUsername)!;

  const holders = await seedHolders(tx, station, reviewer, opts.today);
  if (!holders) return null;
  const { personIds, employerId, placedOn } = holders;
  const month = (back: number) => monthOf(addMonths(`${opts.today.slice(0, 7)}-01`, -back));
  /** the working day from the `day`-th of the month `back` months ago */
  const on = (back: number, day: number) =>
    storyCalendar.nextWorkingDay(`${month(back)}-${String(day).padStart(2, '0')}`);
  const sourceMonth = month(PAID_MONTHS + 1);
  const titles = ['社区公共环境维护', '社区治安协管', '社区公共设施维护'];
  const entitlementIds: string[] = [];
  const runIds: string[] = [];

  // the employer's claims for the month before the entitlements, paid, then set up as monthly ones
  t.at(on(PAID_MONTHS + 1, 20), async () => {
    await setPublicWelfareFigures(s, reviewer, Number(t.clock.today().slice(0, 4)));
    for (const [i, personId] of personIds.entries()) {
      const post = await e.posts.register(station, {
        employerId,
        title: titles[i]!,
        kind: 'public_welfare',
        holderPersonId: personId,
        startOn: placedOn,
      });
      const source = await s.cases.create(station, {
        caseTypeId: PUBLIC_WELFARE,
        applicantKind: 'employer',
        employerId,
        personId,
        application: {
          employer: { kind: 'public_welfare' },
          insurancePaid: true,
          period: { fromMonth: sourceMonth, toMonth: sourceMonth },
        },
      });
      await approveCase(tx, s, station, reviewer, source.id);
      await payCases(tx, s, reviewer, finance, [source.id], `公益性岗位补贴 ${sourceMonth}-${i + 1}`);
      const entitlement = await e.entitlements.setUp(station, {
        caseId: source.id,
        periodKind: 'monthly',
        startMonth: month(PAID_MONTHS),
        postId: post.id,
      });
      entitlementIds.push(entitlement.id);
    }
  });

  const reEmploy = async (personId: string, startedOn: string) => {
    const [p] = await tx
      .select({ orgId: persons.orgId, orgPath: persons.orgPath })
      .from(persons)
      .where(eq(persons.id, personId));
    await tx.insert(employmentRegistrations).values({
      personId,
      form: 'employer',
      employerName: NEW_EMPLOYER,
      startedOn,
      orgId: p!.orgId,
      orgPath: p!.orgPath,
      createdBy: station.userId,
    });
  };

  // each month's list on a working day from its 20th, its cases worked and paid the same day
  for (let back = PAID_MONTHS; back >= 1; back--)
    t.at(on(back, 20), async () => {
      const run = await e.runs.run(reviewer, { policyId: PUBLIC_WELFARE, month: month(back) });
      runIds.push(run.id);
      const filed = run.lines.flatMap((l) => (l.outcome === 'listed' && l.caseId ? [l.caseId] : []));
      for (const id of filed) await approveCase(tx, s, station, reviewer, id);
      if (filed.length > 0) await payCases(tx, s, reviewer, finance, filed, `公益性岗位补贴 ${month(back)}`);
    });
  // the second man found a job in the middle of the month before the last paid one: its list stops him
  t.at(on(2, 16), () => reEmploy(personIds[1]!, `${month(2)}-16`));
  // the third found one during the last paid month, registered after its list: this month's stops him
  t.at(on(1, 24), () => reEmploy(personIds[2]!, `${month(1)}-10`));
  await t.play();
  return {
    activeId: entitlementIds[0]!,
    stoppedId: entitlementIds[1]!,
    dueToStopId: entitlementIds[2]!,
    runIds,
  };
}
