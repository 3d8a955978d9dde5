import type { Db } from '../../db/client.ts';
import type { TestCity } from '../../test/fixtures.ts';
import { cases, caseTypes } from '../cases/cases.schema.ts';
import { paymentPlans, payments } from '../cases/finance/case-finance.schema.ts';
import type { CaseStatus } from '../cases/workflow/case-status.ts';
import { labourContracts } from '../registry/contracts/contracts.schema.ts';
import { insuranceContributions } from '../registry/contributions/contributions.schema.ts';
import { employers } from '../registry/employers/employers.schema.ts';
import { households, zeroEmploymentHouseholds } from '../registry/households/households.schema.ts';
import { persons } from '../registry/persons/persons.schema.ts';
import {
  difficultyDeterminations,
  employmentRegistrations,
  unemploymentRegistrations,
} from '../registry/registrations/registrations.schema.ts';

type Org = { id: number; path: string };
const at = (org: Org) => ({ orgId: org.id, orgPath: org.path });

/**
 * A small, hand-countable registry for the third quarter of 2026 (2026-07-01 … 2026-09-30) in two
 * streets. The comments say which figure each record is meant to move; the test counts by hand
 * from these comments. Rows are inserted directly: the dates lie where the story needs them.
 */
export async function seedStatisticsStory(db: Db, city: TestCity, decidedBy: string) {
  const s1 = city.community1;
  const s2 = city.community2;
  let seq = 0;
  const person = async (org: Org, name: string, hukouType = 'urban') => {
    seq += 1;
    const [p] = await db
      .insert(persons)
      .values({
        idNumberEnc: `enc-${seq}`,
        idNumberHash: `hash-${seq}`,
        idNumberMasked: `370983********${String(seq).padStart(4, '0')}`,
        name,
        gender: '1',
        birthDate: '1985-03-15',
        hukouType,
        hukouPlace: 'local',
        ...at(org),
      })
      .returning({ id: persons.id });
    return p!.id;
  };
  const employment = async (org: Org, personId: string, startedOn: string, end?: [string, string]) =>
    db.insert(employmentRegistrations).values({
      personId,
      form: 'employer',
      startedOn,
      endedOn: end?.[0],
      endReason: end?.[1],
      ...at(org),
    });
  const unemployment = async (org: Org, personId: string, registeredOn: string, end?: [string, string]) => {
    const [u] = await db
      .insert(unemploymentRegistrations)
      .values({
        personId,
        registeredOn,
        stationId: org.id,
        certificateNumber: `CERT-${personId.slice(0, 8)}-${registeredOn}`,
        reason: 'contract_dissolved',
        endedOn: end?.[0],
        endReason: end?.[1],
        ...at(org),
      })
      .returning({ id: unemploymentRegistrations.id });
    return u!.id;
  };
  const paid = (org: Org, personId: string, month: string) =>
    db.insert(insuranceContributions).values({
      personId,
      kind: 'pension',
      month,
      status: 'paid',
      baseFen: 400000,
      personalFen: 32000,
      unitFen: 64000,
      ...at(org),
    });
  const determination = (org: Org, personId: string, urId: string, decidedOn: string) =>
    db.insert(difficultyDeterminations).values({
      personId,
      unemploymentRegistrationId: urId,
      category: 'hardship_certificate',
      evidence: '特困证',
      decidedOn,
      decidedBy,
      ...at(org),
    });

  // Street 1 (community 1).
  const A1 = await person(s1, '甲一', 'rural'); // new job, contract, insured, first contribution, rural transfer
  await employment(s1, A1, '2026-07-10');
  const [employer] = await db
    .insert(employers)
    .values({
      creditCode: '91370983MA3C000001',
      name: '肥城市测试公司',
      type: 'enterprise',
      industry: 'C',
      ...at(s1),
    })
    .returning({ id: employers.id });
  await db.insert(labourContracts).values({
    personId: A1,
    employerId: employer!.id,
    termKind: 'fixed',
    signedOn: '2026-07-08',
    startsOn: '2026-07-10',
    endsOn: '2028-07-09',
    ...at(s1),
  });
  await paid(s1, A1, '2026-08-01');

  const A2 = await person(s1, '甲二'); // job change: not new employment
  await employment(s1, A2, '2025-01-01', ['2026-07-31', 'contract_expired']);
  await employment(s1, A2, '2026-08-01');

  const A3 = await person(s1, '甲三'); // retired: natural attrition
  await employment(s1, A3, '2000-01-01', ['2026-09-15', 'retired']);

  const A4 = await person(s1, '甲四'); // re-employed, insured again; insured before, so no expansion
  await unemployment(s1, A4, '2026-01-10', ['2026-08-20', 'employed']);
  await employment(s1, A4, '2026-08-21');
  await paid(s1, A4, '2025-05-01');
  await paid(s1, A4, '2026-09-01');

  const A5 = await person(s1, '甲五'); // registered unemployed at the quarter's end, determined in Q3
  const u5 = await unemployment(s1, A5, '2026-05-01');
  await determination(s1, A5, u5, '2026-07-05');

  const A6 = await person(s1, '甲六', 'rural'); // difficulty person employed; job ended after a month
  const u6 = await unemployment(s1, A6, '2026-02-01', ['2026-07-19', 'other']);
  await determination(s1, A6, u6, '2026-03-01');
  await employment(s1, A6, '2026-07-20', ['2026-08-20', 'resigned']);

  const A7 = await person(s1, '甲七'); // employed in August
  await employment(s1, A7, '2026-08-10');

  const A9 = await person(s1, '甲九'); // the head of household H2

  const household = async (org: Org, number: string, head: string) => {
    const [h] = await db
      .insert(households)
      .values({ number, headPersonId: head, ...at(org) })
      .returning({ id: households.id });
    return h!.id;
  };
  const H1 = await household(s1, 'H-0001', A5); // recognised in Q3
  await db
    .insert(zeroEmploymentHouseholds)
    .values({ householdId: H1, recognisedOn: '2026-07-01', basis: '认定', ...at(s1) });
  const H2 = await household(s1, 'H-0002', A9); // recognised earlier, cleared in Q3
  await db.insert(zeroEmploymentHouseholds).values({
    householdId: H2,
    recognisedOn: '2025-12-01',
    basis: '认定',
    status: 'eliminated',
    eliminatedOn: '2026-08-15',
    eliminationReason: 'member_employed',
    ...at(s1),
  });

  const [type] = await db.select({ id: caseTypes.id, policyId: caseTypes.policyId }).from(caseTypes).limit(1);
  let caseSeq = 0;
  const aCase = async (
    org: Org,
    personId: string,
    status: CaseStatus,
    decidedOn: string,
    fen: number,
    dueOn?: string,
  ) => {
    caseSeq += 1;
    const [c] = await db
      .insert(cases)
      .values({
        number: `MS-2026-9${String(caseSeq).padStart(5, '0')}`,
        caseTypeId: type!.id,
        policyId: type!.policyId,
        applicantKind: 'person',
        personId,
        applicantName: '申请人',
        status,
        decidedOn,
        approvedAmountFen: fen,
        dueOn,
        ...at(org),
      })
      .returning({ id: cases.id });
    return c!.id;
  };
  const [plan] = await db
    .insert(paymentPlans)
    .values({ number: 'PP-2026-900001', title: '用款计划', status: 'paid', ...at(city.city) })
    .returning({ id: paymentPlans.id });
  const payment = (caseId: string, fen: number, paidAt: string) =>
    db.insert(payments).values({
      caseId,
      planId: plan!.id,
      amountFen: fen,
      status: 'paid',
      payeeName: '申请人',
      idempotencyKey: `pay-${caseId}`,
      paidAt: new Date(paidAt),
    });
  const C1 = await aCase(s1, A1, 'paid', '2026-07-15', 150000); // approved and paid in Q3
  await payment(C1, 150000, '2026-08-01T10:00:00+08:00');
  await aCase(s1, A2, 'approved', '2026-06-30', 80000); // approved in Q2
  await aCase(s1, A3, 'rejected', '2026-09-10', 0); // refused
  const C4 = await aCase(s1, A4, 'approved', '2026-09-20', 50000, '2026-10-01'); // approved in Q3, not yet paid, overdue
  const C6 = await aCase(s1, A7, 'paid', '2026-06-20', 20000); // approved in Q2, paid at 00:30 on 1 July
  await payment(C6, 20000, '2026-06-30T16:30:00Z');

  // Street 2 (community 2): the other organisation, one record of several kinds.
  const B1 = await person(s2, '乙一', 'rural');
  await unemployment(s2, B1, '2026-03-01', ['2026-08-01', 'employed']);
  await employment(s2, B1, '2026-08-02');
  await paid(s2, B1, '2026-08-01');
  const B2 = await person(s2, '乙二');
  const u = await unemployment(s2, B2, '2026-06-01');
  await determination(s2, B2, u, '2026-07-02');
  const C5 = await aCase(s2, B1, 'paid', '2026-08-10', 30000);
  await payment(C5, 30000, '2026-08-20T10:00:00+08:00');

  const B3 = await person(s2, '乙三'); // died in service: natural attrition (伤亡减员)
  await employment(s2, B3, '2010-04-01', ['2026-08-20', 'deceased']);

  return { street1: { A1, A2, A3, A4, A5, A6, A7, A9, H1, H2, C1, C4, C6 }, street2: { B1, B2, B3, C5 } };
}
