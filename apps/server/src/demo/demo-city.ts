import { eq } from 'drizzle-orm';
import { seedReferenceData } from '../bootstrap.ts';
import type { Db, Executor } from '../db/client.ts';
import { noSystemCounts } from '../modules/assessment/town/system-counts.ts';
import { deploymentJurisdictions } from '../modules/policy/deployment.schema.ts';
import { roles, userRoles, users } from '../platform/access/access.schema.ts';
import type { AttachmentStorage } from '../platform/attachments/attachment-storage.ts';
import { generateInitialPassword, hashPassword } from '../platform/auth/passwords.ts';
import { fixedClock } from '../platform/clock.ts';
import type { FieldCipher } from '../platform/crypto.ts';
import { DomainError } from '../platform/errors.ts';
import { organisations } from '../platform/orgs/orgs.schema.ts';
import { insertOrg } from '../platform/orgs/orgs.service.ts';
import { createDemoCases, type DemoCaseCounts } from './demo-cases.ts';
import { insertDemoPersons } from './demo-load-persons.ts';
import { type DemoCommunity, demoPersons, seededRandom } from './demo-persons.ts';
import { createDemoRecruitment, type DemoRecruitmentCounts } from './demo-recruitment.ts';
import { type DemoRegistryCounts, populateDemoRegistry } from './demo-registry.ts';
import { createDemoReports, type DemoReportCounts } from './demo-reports.ts';
import { createDemoTownAssessment, type DemoTownAssessmentCounts } from './demo-town-assessment.ts';
import { createDemoTrainingClasses, type DemoClassCounts } from './demo-training-classes.ts';
import { createDemoTrainingInstitutions, type DemoInstitutionCounts } from './demo-training-institutions.ts';
import { createDemoEntitlements, type DemoEntitlements } from './entitlements/entitlements.ts';
import { createDemoPosts, type DemoPosts } from './entitlements/posts.ts';
import {
  createDemoEntrepreneurshipBusinesses,
  createDemoTraineeFiles,
  type DemoBusinessCounts,
} from './entrepreneurship/businesses.ts';
import { createDemoEntrepreneurChain, type DemoEntrepreneurChain } from './entrepreneurship/chain.ts';
import {
  createDemoCreditCommunities,
  type DemoCreditCommunityCounts,
} from './entrepreneurship/communities.ts';
import {
  createDemoEntrepreneurshipFiles,
  type DemoEntrepreneurshipFileCounts,
} from './entrepreneurship/files.ts';
import { createDemoLoans, type DemoLoanCounts } from './entrepreneurship/loans.ts';
import { demoHospitalAccounts } from './health-checks/accounts.ts';
import { createDemoHealthChecks, type DemoHealthChecks } from './health-checks/health-checks.ts';
import { createDemoScreening, type DemoScreening } from './screening.ts';

export interface DemoOptions {
  /** How many persons to generate (default 300). */
  persons?: number;
  /** Persons only, without employers, households, registrations, contracts… (benchmarks). */
  personsOnly?: boolean;
  /** PRNG seed: the same seed gives the same city, people and usernames (default 2026). */
  seed?: number;
  /** The demo's "today": the bureau's day on the server's clock. */
  today: string;
  /**
   * The server's current instant (its clock's `now()`): with it, the demo also works cases through
   * the services on the working days before it, leaving some in every stage (not with `personsOnly`).
   */
  now?: Date;
  /** Where evidence files go: with it (and `now`), the recruitment assessment gets a populated year. */
  attachmentStorage?: AttachmentStorage;
}

export interface DemoAccount {
  username: string;
  role: string;
  orgName: string;
}

export interface DemoCity {
  rootOrgId: number;
  users: DemoAccount[];
  /** What was generated besides persons; null with `personsOnly`. */
  registry: DemoRegistryCounts | null;
  /** The cases worked through the services; null without `now` or with `personsOnly`. */
  cases: DemoCaseCounts | null;
  /** The monthly reports generated and submitted through the report service (with the cases). */
  reports: DemoReportCounts | null;
  /** The recruitment assessment's demo year; null without `now` and `attachmentStorage`. */
  recruitment: DemoRecruitmentCounts | null;
  /** 肥城市's town assessment (plans, quarterly reports, notices); null when `cases` is. */
  townAssessment: DemoTownAssessmentCounts | null;
  /** The designated training institutions and their applications; null when `cases` is. */
  trainingInstitutions: DemoInstitutionCounts | null;
  /** The ended class of the demo institution awaiting its results; null when `cases` is. */
  trainingClasses: DemoClassCounts | null;
  /** 创业担保贷款: the bank's loans in their states; null when `cases` is. */
  loans: DemoLoanCounts | null;
  /** Trainees' businesses, jobs, survival evidence and an incubation base; null when `cases` is. */
  entrepreneurshipBusinesses: DemoBusinessCounts | null;
  /** entrepreneurship: last year's loan ledger of two communities for 信用社区; null when `cases` is */
  creditCommunities: DemoCreditCommunityCounts | null;
  entrepreneurshipFiles: DemoEntrepreneurshipFileCounts | null;
  /** One SYB trainee's whole path to a loan-financed business on one file; null when `cases` is. */
  entrepreneurChain: DemoEntrepreneurChain | null;
  /** 职工健康体检: the hospitals' year so far; null when `cases` is. */
  healthChecks: DemoHealthChecks | null;
  /** 政策找人: the persons made entitled and the run that found them; null when `cases` is. */
  screening: (DemoScreening & { runId: string }) | null;
  /** 定期待遇: public-welfare post holders paid monthly, one stopped, one due to stop; null when `cases` is. */
  entitlements: DemoEntitlements | null;
  /** 公益性岗位台账: posts of 岱庙街道's 就业困难人员, one 4050 holder near the end of the clock; null when `cases` is. */
  posts: DemoPosts | null;
}

// 泰安市: two districts with real division codes; street names are real places in each.
const districts = [
  {
    name: '泰山区',
    code: '370902',
    streets: ['岱庙街道', '财源街道', '泰前街道', '上高街道'],
  },
  {
    name: '肥城市',
    code: '370983',
    streets: ['新城街道', '老城街道', '王瓜店街道', '仪阳街道'],
  },
];
/** The rules jurisdictions 肥城市 applies: the county-level city package and its own assessment. */
const demoJurisdictions = ['county-city', 'feicheng'];

const communityNames = [
  '岱宗',
  '泰和',
  '青年路',
  '东湖',
  '花园',
  '建设',
  '明堂',
  '御碑楼',
  '文化路',
  '朝阳',
  '龙山',
  '桃园',
];

/**
 * Builds the demo city inside the caller's transaction or executor: 泰安市 → 泰山区 and 肥城市 →
 * 3–4 streets each → 2–3 communities each, `persons` registered persons with valid ID numbers, and
 * demo users of every business role sharing one generated password (to be changed at first login).
 * Reference data (roles, dictionaries) must already be seeded — `bootstrap()` does that before it
 * calls its `rootOrg` option. Returns the root organisation id, the accounts and the password.
 */
export async function createDemoCity(
  tx: Executor,
  cipher: FieldCipher,
  opts: DemoOptions,
): Promise<DemoCity & { password: string }> {
  const r = seededRandom(opts.seed ?? 2026);
  const [taken] = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.regionCode, '370900'));
  if (taken) throw new DomainError('CONFLICT', '演示城市（泰安市 370900）已存在');

  const city = await insertOrg(
    tx,
    { parentId: null, name: '泰安市', level: 'city', regionCode: '370900' },
    null,
  );
  const streets: {
    id: number;
    name: string;
    code: string;
    communities: (DemoCommunity & { name: string })[];
  }[] = [];
  const communityNamesLeft = [...communityNames];
  for (const d of districts) {
    const district = await insertOrg(
      tx,
      { parentId: city.id, name: d.name, level: 'district', regionCode: d.code },
      city.path,
    );
    const streetCount = r.int(3, 4);
    for (let s = 0; s < streetCount; s++) {
      const code = `${d.code}${String(s + 1).padStart(3, '0')}`;
      const street = await insertOrg(
        tx,
        { parentId: district.id, name: d.streets[s]!, level: 'street', regionCode: code },
        district.path,
      );
      const communities: (DemoCommunity & { name: string })[] = [];
      const communityCount = r.int(2, 3);
      for (let c = 0; c < communityCount; c++) {
        if (communityNamesLeft.length === 0) communityNamesLeft.push(...communityNames);
        const base = communityNamesLeft.splice(r.int(0, communityNamesLeft.length - 1), 1)[0]!;
        const name = `${base}社区`;
        const community = await insertOrg(
          tx,
          {
            parentId: street.id,
            name,
            level: 'community',
            regionCode: `${code}${String(c + 1).padStart(3, '0')}`,
          },
          street.path,
        );
        communities.push({
          id: community.id,
          name,
          path: community.path,
          regionCode: community.regionCode,
          address: `泰安市${d.name}${d.streets[s]}${name}`,
        });
      }
      streets.push({ id: street.id, name: street.name, code, communities });
    }
  }

  // One password for every demo account; hashed once (argon2 is deliberately slow).
  const password = generateInitialPassword();
  const passwordHash = await hashPassword(password);
  const roleRows = await tx.select({ id: roles.id, code: roles.code }).from(roles);
  const roleId = new Map(roleRows.map((x) => [x.code, x.id]));
  const accounts: (DemoAccount & { displayName: string; orgId: number })[] = [
    {
      username: 'sj_reviewer',
      displayName: '市局审核员',
      role: 'city_reviewer',
      orgId: city.id,
      orgName: city.name,
    },
    {
      username: 'sj_leader',
      displayName: '局领导',
      role: 'bureau_leader',
      orgId: city.id,
      orgName: city.name,
    },
    {
      username: 'sj_finance',
      displayName: '财政经办员',
      role: 'finance_officer',
      orgId: city.id,
      orgName: city.name,
    },
    ...streets.map((s) => ({
      username: `jd_${s.code}`,
      displayName: `${s.name}经办员`,
      role: 'street_officer',
      orgId: s.id,
      orgName: s.name,
    })),
    // A community worker in the first community of every other street.
    ...streets
      .filter((_, i) => i % 2 === 0)
      .map((s) => ({
        username: `sq_${s.communities[0]!.regionCode}`,
        displayName: `${s.communities[0]!.name}协理员`,
        role: 'community_worker',
        orgId: s.communities[0]!.id,
        orgName: s.communities[0]!.name,
      })),
    {
      username: `px_${streets[0]!.code}`,
      displayName: '泰安市岱宗职业培训学校',
      role: 'training_institution',
      orgId: streets[0]!.id,
      orgName: streets[0]!.name,
    },
    {
      username: `yh_${city.regionCode}`,
      displayName: '中国邮政储蓄银行肥城市支行',
      role: 'bank_officer',
      orgId: city.id,
      orgName: city.name,
    },
    // entrepreneurship: the expert 王建国 who reviews plans and projects
    {
      username: `zj_${streets[0]!.code}`,
      displayName: '王建国（创业专家）',
      role: 'expert',
      orgId: city.id,
      orgName: city.name,
    },
    // 职工健康体检: the 医保处 officer and the staff of the two designated hospitals
    {
      username: `yb_${city.regionCode}`,
      displayName: '医保处经办员',
      role: 'medical_insurance_officer',
      orgId: city.id,
      orgName: city.name,
    },
    ...demoHospitalAccounts.map((h) => ({
      username: h.username,
      displayName: h.name,
      role: 'hospital_staff',
      orgId: city.id,
      orgName: city.name,
    })),
  ];
  for (const a of accounts) {
    if (!roleId.has(a.role)) throw new Error(`role ${a.role} is not seeded; run seedReferenceData first`);
  }
  const inserted = await tx
    .insert(users)
    .values(
      accounts.map((a) => ({
        username: a.username,
        displayName: a.displayName,
        orgId: a.orgId,
        passwordHash,
        mustChangePassword: true,
      })),
    )
    .returning({ id: users.id, username: users.username });
  const userId = new Map(inserted.map((u) => [u.username, u.id]));
  await tx
    .insert(userRoles)
    .values(accounts.map((a) => ({ userId: userId.get(a.username)!, roleId: roleId.get(a.role)! })));

  // 肥城市 is a county-level city: its own policies (and the town assessment) are this deployment's;
  // the other cities' stay readable as reference. Recorded as set by the city reviewer's account.
  await tx.insert(deploymentJurisdictions).values(
    demoJurisdictions.map((code) => ({
      code,
      localName: '肥城市',
      setBy: userId.get('sj_reviewer')!,
      setAt: new Date(),
    })),
  );

  // Registered by the street's officer; a share of the first street's by the training institution.
  const registrar = new Map<number, string>();
  for (const s of streets) for (const c of s.communities) registrar.set(c.id, userId.get(`jd_${s.code}`)!);
  const institutionUsername = `px_${streets[0]!.code}`;
  const institutionId = userId.get(institutionUsername)!;
  const firstStreetCommunities = new Set(streets[0]!.communities.map((c) => c.id));

  const all = streets.flatMap((s) => s.communities);
  const seed = opts.seed ?? 2026;
  const personCount = opts.persons ?? 300;
  await insertDemoPersons(tx, cipher, demoPersons(seed, personCount, all), (p, i) =>
    firstStreetCommunities.has(p.orgId) && i % 10 === 0 ? institutionId : registrar.get(p.orgId)!,
  );
  const registry = opts.personsOnly
    ? null
    : await populateDemoRegistry(tx, cipher, {
        cityPath: city.path,
        persons: personCount,
        seed,
        today: opts.today,
      });
  const cases =
    registry && opts.now
      ? await createDemoCases(tx, cipher, {
          cityPath: city.path,
          seed,
          now: opts.now,
          usernames: accounts.map((a) => a.username),
        })
      : null;
  const reports = cases
    ? await createDemoReports(tx, { today: opts.today, usernames: accounts.map((a) => a.username) })
    : null;
  const recruitment =
    cases && opts.attachmentStorage
      ? await createDemoRecruitment(tx, {
          today: opts.today,
          storage: opts.attachmentStorage,
          usernames: accounts.map((a) => a.username),
        })
      : null;
  const townAssessment =
    cases && opts.now
      ? await createDemoTownAssessment(tx, {
          clock: fixedClock(opts.now),
          counts: noSystemCounts,
          reviewer: 'sj_reviewer',
          districtCode: '370983',
        })
      : null;
  const trainingInstitutions =
    cases && opts.now
      ? await createDemoTrainingInstitutions(tx, {
          now: opts.now,
          staffUsername: institutionUsername,
          reviewer: 'sj_reviewer',
        })
      : null;
  const trainingClasses =
    trainingInstitutions && opts.now
      ? await createDemoTrainingClasses(tx, cipher, {
          now: opts.now,
          staffUsername: institutionUsername,
          reviewer: 'sj_reviewer',
          stationUsernames: streets.map((s) => `jd_${s.code}`),
        })
      : null;
  // 创业担保贷款 in 肥城市, which applies the county-level city package
  const loans =
    cases && opts.now
      ? await createDemoLoans(tx, cipher, {
          now: opts.now,
          reviewer: 'sj_reviewer',
          bankUsername: `yh_${city.regionCode}`,
          streetUsernames: streets.filter((s) => s.code.startsWith('370983')).map((s) => `jd_${s.code}`),
        })
      : null;
  const entrepreneurshipBusinesses = cases
    ? await createDemoEntrepreneurshipBusinesses(tx, await createDemoTraineeFiles(tx, opts.today), opts.today)
    : null;
  // entrepreneurship: experts, teachers, projects and trainee files
  const entrepreneurshipFiles =
    trainingClasses && opts.now
      ? await createDemoEntrepreneurshipFiles(tx, {
          now: opts.now,
          today: opts.today,
          reviewer: 'sj_reviewer',
          station: `jd_${streets[0]!.code}`,
          expertUsername: `zj_${streets[0]!.code}`,
        })
      : null;
  // entrepreneurship: one SYB trainee from class to a loan-financed business (the bank's, the experts')
  const entrepreneurChain =
    entrepreneurshipFiles && loans && opts.now
      ? await createDemoEntrepreneurChain(tx, cipher, {
          now: opts.now,
          today: opts.today,
          reviewer: 'sj_reviewer',
          station: `jd_${streets[0]!.code}`,
          expertUsername: `zj_${streets[0]!.code}`,
          bankUsername: `yh_${city.regionCode}`,
        })
      : null;
  // entrepreneurship: credit communities (at the loans' bank)
  const creditCommunities = loans
    ? await createDemoCreditCommunities(tx, {
        today: opts.today,
        communities: [streets[0]!.communities[0]!, streets[0]!.communities[1]!],
      })
    : null;
  // 职工健康体检 (000 第四篇): hospitals, this year's plan, examinations, reports, archives, settlement
  const healthChecks = cases
    ? await createDemoHealthChecks(tx, cipher, {
        today: opts.today,
        officerUsername: `yb_${city.regionCode}`,
      })
    : null;
  // 政策找人: a few persons the registry makes entitled to 就业援助补贴, found by a run
  const screening =
    cases && opts.now
      ? await createDemoScreening(tx, cipher, {
          now: opts.now,
          today: opts.today,
          stationUsername: `jd_${streets[0]!.code}`,
          reviewerUsername: 'sj_reviewer',
        })
      : null;
  // 公益性岗位台账: three posts at the station, one 4050 holder whose 3-year clock ends next month
  const posts =
    cases && opts.now
      ? await createDemoPosts(tx, cipher, {
          now: opts.now,
          today: opts.today,
          stationUsername: `jd_${streets[0]!.code}`,
        })
      : null;
  // 定期待遇: public-welfare post holders of the first street paid for months, re-employment stopping them
  const entitlements =
    cases && opts.now
      ? await createDemoEntitlements(tx, cipher, {
          now: opts.now,
          today: opts.today,
          stationUsername: `jd_${streets[0]!.code}`,
          reviewerUsername: 'sj_reviewer',
          financeUsername: 'sj_finance',
        })
      : null;
  return {
    rootOrgId: city.id,
    users: accounts.map(({ username, role, orgName }) => ({ username, role, orgName })),
    password,
    registry,
    cases,
    reports,
    recruitment,
    townAssessment,
    trainingInstitutions,
    trainingClasses,
    loans,
    entrepreneurshipBusinesses,
    creditCommunities,
    entrepreneurshipFiles,
    entrepreneurChain,
    healthChecks,
    screening,
    posts,
    entitlements,
  };
}

/**
 * The demo city in its own transaction on an existing (migrated) database, seeding the reference
 * data first. For `minsheng demo generate` and tests; `serve --demo` on an empty database passes
 * `createDemoCity` as bootstrap's `rootOrg` instead, so the administrators land in 泰安市.
 */
export async function loadDemoCity(db: Db, cipher: FieldCipher, opts: DemoOptions) {
  return db.transaction(async (tx) => {
    await seedReferenceData(tx);
    return createDemoCity(tx, cipher, opts);
  });
}
