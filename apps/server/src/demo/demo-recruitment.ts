import { addMonths, earlierDate } from '@minsheng/rules/engine/dates.ts';
import { recruitmentCutoff } from '@minsheng/rules/policies/county/recruitment-assessment/cutoff.ts';
import { and, asc, between, eq, like, notExists, sql } from 'drizzle-orm';
import type { Db, Executor } from '../db/client.ts';
import { createRecruitmentService } from '../modules/assessment/recruitment/recruitment.service.ts';
import {
  createRecruitmentLedgerService,
  WORKER_OWNER_KIND,
} from '../modules/assessment/recruitment/recruitment-ledger.service.ts';
import { evidenceCategories } from '../modules/assessment/recruitment/worker-evidence.ts';
import { labourContracts } from '../modules/registry/contracts/contracts.schema.ts';
import { createContractsService } from '../modules/registry/contracts/contracts.service.ts';
import { employers } from '../modules/registry/employers/employers.schema.ts';
import { persons } from '../modules/registry/persons/persons.schema.ts';
import { createAttachmentOwners } from '../platform/attachments/attachment-owners.ts';
import type { AttachmentStorage } from '../platform/attachments/attachment-storage.ts';
import { createAttachmentsService } from '../platform/attachments/attachments.service.ts';
import { fixedClock } from '../platform/clock.ts';
import { organisations } from '../platform/orgs/orgs.schema.ts';
import { demoActors } from './demo-services.ts';

/** The 19 county departments that carry a recruitment task (seed 001 篇1 一). */
export const recruitmentDepartments = [
  '统战部',
  '客家文化城管理局',
  '体育局',
  '二轻局',
  '畜牧水产局',
  '医保局',
  '就业局',
  '社保局',
  '煤炭工业局',
  '疾控中心',
  '卫生监督所',
  '团县委',
  '老干局',
  '妇联',
  '总工会',
  '党校',
  '工商联',
  '残联',
  '档案局',
] as const;

/** A one-page PDF standing in for a scanned document. */
const demoScan = (title: string) =>
  Buffer.from(`%PDF-1.4\n% ${encodeURIComponent(title)}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);

export interface DemoRecruitmentCounts {
  year: number;
  units: number;
  workers: number;
}

/**
 * The recruitment-service assessment of the demo's 肥城市 (a county-level city, 001 篇1): its towns
 * and the seed's 19 departments with their tasks; in each town three recruited workers entered by
 * the town's officer — two with the five documents filed and checked by the city, one still missing
 * the payroll proof — all through the services. A year that has ended is scored and published; the
 * running year is scored but left open for the city to publish.
 */
export async function createDemoRecruitment(
  tx: Executor,
  opts: { today: string; storage: AttachmentStorage; usernames: readonly string[] },
): Promise<DemoRecruitmentCounts | null> {
  const db = tx as unknown as Db;
  const [district] = await tx.select().from(organisations).where(eq(organisations.regionCode, '370983'));
  if (!district) return null;
  // Three months of work must fit before the check day.
  const thisYear = Number(opts.today.slice(0, 4));
  const year = opts.today >= `${thisYear}-04-15` ? thisYear : thisYear - 1;
  const cutoff = recruitmentCutoff(year);
  const checkDay = earlierDate(opts.today, cutoff);
  const clock = fixedClock(`${checkDay}T10:00:00+08:00`);
  const owners = createAttachmentOwners();
  const attachments = createAttachmentsService({
    db,
    clock,
    storage: opts.storage,
    owners,
    maxBytes: 1024 * 1024,
  });
  const ledger = createRecruitmentLedgerService({ db, clock, attachments });
  owners.register(WORKER_OWNER_KIND, ledger.attachmentOwner);
  const assessment = createRecruitmentService({ db, clock });
  const contracts = createContractsService({ db, clock });
  const actors = await demoActors(tx, opts.usernames);
  const reviewer = actors.get('sj_reviewer')!;

  const towns = await tx
    .select()
    .from(organisations)
    .where(and(eq(organisations.parentId, district.id), eq(organisations.level, 'street')))
    .orderBy(asc(organisations.regionCode));
  let units = 0;
  let workers = 0;
  for (const [i, town] of towns.entries()) {
    const unit = await assessment.createUnit(reviewer, year, {
      kind: 'town',
      name: town.name,
      orgId: town.id,
      annualTarget: 2 + (i % 2),
      specialTarget: 1,
      specialTask: '泰山钢铁等重点企业专项招工',
    });
    units++;
    await assessment.updateUnit(reviewer, unit.id, {
      planSubmittedOnTime: true,
      migrantSurveyAndLedger: i % 2 === 0,
      labourResourceLedger: true,
      missingPlansAndSummaries: i % 3,
    });
    const officer = actors.get(`jd_${town.regionCode}`);
    const [employer] = await tx
      .select({ id: employers.id })
      .from(employers)
      .where(like(employers.orgPath, `${town.path}%`))
      .orderBy(asc(employers.creditCode))
      .limit(1);
    if (!officer || !employer) continue;
    const candidates = await tx
      .select({ id: persons.id })
      .from(persons)
      .where(
        and(
          like(persons.orgPath, `${town.path}%`),
          between(persons.birthDate, '1975-01-01', '2000-12-31'),
          // Workers hired this year: nobody the demo registry already gave a contract (an
          // overlapping one with the same employer is refused, and the person ids are random).
          notExists(
            tx.select({ one: sql`1` }).from(labourContracts).where(eq(labourContracts.personId, persons.id)),
          ),
        ),
      )
      .orderBy(asc(persons.id))
      .limit(3);
    for (const [k, person] of candidates.entries()) {
      const hiredOn = addMonths(`${year}-01-05`, k + i);
      if (addMonths(hiredOn, 3) > checkDay) continue;
      await contracts.create(officer, person.id, {
        employerId: employer.id,
        termKind: 'fixed',
        position: '操作工',
        signedOn: hiredOn,
        startsOn: hiredOn,
        endsOn: addMonths(hiredOn, 24),
      });
      const worker = await ledger.add(officer, unit.id, {
        personId: person.id,
        employerId: employer.id,
        hiredOn,
        forSpecialTask: k === 0,
      });
      workers++;
      const complete = k < 2;
      for (const [category, label] of Object.entries(evidenceCategories)) {
        if (!complete && category === 'monthlyPayroll') continue;
        await attachments.upload(officer, {
          ownerKind: WORKER_OWNER_KIND,
          ownerId: worker.id,
          category,
          fileName: `${label}.pdf`,
          declaredType: 'application/pdf',
          content: demoScan(label),
        });
      }
      if (!complete) continue;
      await ledger.submit(officer, worker.id);
      await ledger.check(reviewer, worker.id, { verdict: 'verified' });
    }
  }
  for (const [i, name] of recruitmentDepartments.entries()) {
    await assessment.createUnit(reviewer, year, {
      kind: 'department',
      name,
      orgId: district.id,
      annualTarget: 1 + (i % 3),
      specialTarget: 0,
    });
    units++;
  }
  await assessment.score(reviewer, year);
  if (year < thisYear) await assessment.publish(reviewer, year);
  return { year, units, workers };
}
