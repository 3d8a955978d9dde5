import { addMonths } from '@minsheng/rules/engine/dates.ts';
import type { FactKey } from '@minsheng/rules/engine/facts.ts';
import { fenToYuan } from '@minsheng/rules/engine/money.ts';
import type { CaseFactsRepo } from './facts.repo.ts';

/** A registry fact as of a date: its value, where it came from (in Chinese) and the record's date. */
export interface RegistryFact {
  value: unknown;
  source: string;
  /** the date of the record the value comes from, when it has one */
  on?: string | null;
}

/** The case a fact is read for: whom it concerns and what it applies with. */
export interface FactSubject {
  personId: string | null;
  certificateId: string | null;
  appliedOn: string | null;
}

type Provider = (r: FactReader) => Promise<RegistryFact | undefined>;

/** 户口性质 × 户籍地类别 → the labour origins of 珠劳社〔2024〕82号 第二条. */
export function labourOrigin(hukouType: string, hukouPlace: string): string {
  if (hukouPlace === 'local') return hukouType === 'rural' ? 'local_rural' : 'local_urban';
  if (hukouType === 'rural') return hukouPlace === 'province' ? 'in_province_rural' : 'out_of_province_rural';
  return 'out_of_city_urban';
}

const PERSON = '人员登记';

/**
 * The registry records of one case subject as of a date, each read at most once however many facts
 * need it. Unknown stays unknown: a provider answers undefined when the registry cannot say, so the
 * officer must declare it — never a silent default.
 */
export function factReader(repo: CaseFactsRepo, subject: FactSubject, asOf: string) {
  const once = <T>(load: () => Promise<T>) => {
    let p: Promise<T> | undefined;
    return () => {
      p ??= load();
      return p;
    };
  };
  const personId = subject.personId;
  const certificate = once(async () =>
    subject.certificateId ? repo.certificate(subject.certificateId) : undefined,
  );
  return {
    asOf,
    subject,
    person: once(async () => (personId ? repo.person(personId) : undefined)),
    unemployment: once(async () => (personId ? repo.unemploymentRegistrations(personId, asOf) : [])),
    benefit: once(async () => (personId ? repo.latestBenefit(personId, asOf) : undefined)),
    employment: once(async () => (personId ? repo.openEmployment(personId, asOf) : undefined)),
    determination: once(async () => (personId ? repo.openDetermination(personId, asOf) : undefined)),
    zeroEmployment: once(async () => (personId ? repo.zeroEmploymentOn(personId, asOf) : undefined)),
    contract: once(async () => (personId ? repo.contractOn(personId, asOf) : undefined)),
    paidMonths: once(async () => (personId ? repo.paidMonths(personId, asOf) : [])),
    certificate,
    /** the listing of the certificate's occupation in the shortage catalogue on the date */
    shortage: once(async () => {
      const c = await certificate();
      return c ? repo.shortageListing(c.occupation, asOf) : undefined;
    }),
  };
}
export type FactReader = ReturnType<typeof factReader>;

/** A fact about the case's person; undefined when the case concerns no person. */
const ofPerson =
  (read: (p: NonNullable<Awaited<ReturnType<FactReader['person']>>>) => RegistryFact | undefined): Provider =>
  async (r) => {
    const p = await r.person();
    return p ? read(p) : undefined;
  };

const ofCertificate =
  (read: (c: NonNullable<Awaited<ReturnType<FactReader['certificate']>>>) => unknown): Provider =>
  async (r) => {
    const c = await r.certificate();
    return c ? { value: read(c), source: `职业资格证书 ${c.number}`, on: c.issuedOn } : undefined;
  };

/** The open unemployment registration on the date, if any (registrations are newest first). */
const openUnemployment = async (r: FactReader) =>
  (await r.unemployment()).find((u) => u.endedOn === null || u.endedOn > r.asOf);

const insurance = async (r: FactReader) => {
  const months = await r.paidMonths();
  const recent = new Set([r.asOf.slice(0, 7), addMonths(r.asOf, -1).slice(0, 7)]);
  return { months, payingLocally: months.some((m) => recent.has(m)) };
};

/** One provider per registry fact the policies name (FACTS in the rules package). */
export const factProviders: Record<FactKey, Provider> = {
  'case.appliedOn': async (r) =>
    r.subject.appliedOn
      ? { value: r.subject.appliedOn, source: '提交日期', on: r.subject.appliedOn }
      : { value: r.asOf, source: '尚未提交（按今日计，提交之日为准）', on: r.asOf },
  'person.gender': ofPerson((p) => ({ value: p.gender === '1' ? 'male' : 'female', source: PERSON })),
  'person.birthDate': ofPerson((p) => ({ value: p.birthDate, source: PERSON })),
  'person.hukouType': ofPerson((p) => ({ value: p.hukouType, source: PERSON })),
  'person.localHukou': ofPerson((p) => ({
    value: p.hukouPlace === 'local',
    source: `${PERSON}（户籍地类别）`,
  })),
  'person.labourOrigin': ofPerson((p) => ({
    value: labourOrigin(p.hukouType, p.hukouPlace),
    source: PERSON,
  })),
  // Only men are known from the registry: women's category (干部/工人) is declared.
  'person.retirementCategory': ofPerson((p) =>
    p.gender === '1' ? { value: 'male', source: `${PERSON}（性别）` } : undefined,
  ),
  'person.registeredUnemployed': async (r) => {
    if (!(await r.person())) return undefined;
    const open = await openUnemployment(r);
    return open
      ? { value: true, source: `失业登记（证号 ${open.certificateNumber}）`, on: open.registeredOn }
      : { value: false, source: '失业登记：无有效登记' };
  },
  'person.unemploymentRegisteredOn': async (r) => {
    const open = await openUnemployment(r);
    return open ? { value: open.registeredOn, source: '失业登记', on: open.registeredOn } : undefined;
  },
  'person.certificateHolder': async (r) => {
    if (!(await r.person())) return undefined;
    const [latest] = await r.unemployment();
    return latest
      ? { value: true, source: `《就业创业证》${latest.certificateNumber}`, on: latest.registeredOn }
      : { value: false, source: '失业登记：未发放《就业创业证》' };
  },
  'person.receivingUnemploymentBenefit': async (r) => {
    if (!(await r.person())) return undefined;
    const b = await r.benefit();
    if (!b?.benefitFrom || !b.benefitUntil) return { value: false, source: '失业保险金：无领取记录' };
    const receiving = b.benefitFrom <= r.asOf && r.asOf <= b.benefitUntil;
    return {
      value: receiving,
      source: `失业保险金领取期间 ${b.benefitFrom} 至 ${b.benefitUntil}`,
      on: b.benefitFrom,
    };
  },
  'person.benefitEndedOn': async (r) => {
    const b = await r.benefit();
    return b?.benefitUntil
      ? { value: b.benefitUntil, source: '失业保险金领取期满日期（失业登记）', on: b.benefitUntil }
      : undefined;
  },
  'person.entitledBenefitTotal': async (r) => {
    const b = await r.benefit();
    return b?.benefitTotalFen != null
      ? { value: fenToYuan(b.benefitTotalFen), source: '应领取失业保险金总额（失业登记）', on: b.benefitFrom }
      : undefined;
  },
  'person.employed': async (r) => {
    if (!(await r.person())) return undefined;
    const e = await r.employment();
    return e
      ? { value: true, source: `就业登记（自 ${e.startedOn}）`, on: e.startedOn }
      : { value: false, source: '就业登记：无有效登记' };
  },
  'person.difficultyPerson': async (r) => {
    if (!(await r.person())) return undefined;
    const d = await r.determination();
    return d
      ? { value: true, source: '就业困难人员认定', on: d.decidedOn }
      : { value: false, source: '就业困难人员认定：无有效认定' };
  },
  'person.zeroEmploymentHousehold': async (r) => {
    if (!(await r.person())) return undefined;
    const z = await r.zeroEmployment();
    return z
      ? { value: true, source: '零就业家庭认定', on: z.recognisedOn }
      : { value: false, source: '零就业家庭认定：所在家庭未认定或已消除' };
  },
  'certificate.level': ofCertificate((c) => Number(c.level)),
  'certificate.occupation': ofCertificate((c) => c.occupation),
  'certificate.issuedOn': ofCertificate((c) => c.issuedOn),
  'certificate.obtainedBy': ofCertificate((c) => c.obtainedBy),
  'shortage.listed': async (r) => {
    const s = await r.shortage();
    return s ? { value: s.listed, source: '紧缺工种目录', on: s.publishedOn } : undefined;
  },
  'shortage.publishedOn': async (r) => {
    const s = await r.shortage();
    return s ? { value: s.publishedOn, source: '紧缺工种目录', on: s.publishedOn } : undefined;
  },
  'contract.current': async (r) => {
    if (!(await r.person())) return undefined;
    const c = await r.contract();
    if (!c) return { value: null, source: '劳动合同登记：无有效合同' };
    const endOn = c.termKind === 'open_ended' ? null : (c.endsOn ?? null);
    return {
      value: { localEmployer: true, startOn: c.startsOn, endOn },
      source: '劳动合同登记',
      on: c.startsOn,
    };
  },
  'insurance.payingLocally': async (r) => {
    if (!(await r.person())) return undefined;
    return { value: (await insurance(r)).payingLocally, source: '社会保险缴费记录（本月或上月）' };
  },
  'insurance.localMonths': async (r) => {
    if (!(await r.person())) return undefined;
    return { value: (await insurance(r)).months.length, source: '社会保险缴费记录' };
  },
  'insurance.recordedInSystem': async (r) => {
    if (!(await r.person())) return undefined;
    const recorded = (await r.contract()) !== undefined && (await insurance(r)).months.length > 0;
    return { value: recorded, source: '劳动合同登记和社会保险缴费记录' };
  },
};
