import { describe, expect, it } from 'vitest';
import { getPolicy } from '../catalogue.ts';
import { addDays } from '../engine/dates.ts';
import {
  explainLead,
  profileFactKeys,
  screenablePolicies,
  screenColumns,
  screeningProfiles,
} from './screen.ts';
import type { FactColumns, FactRow } from './screening.ts';

const ON = '2026-12-04';
const profile = (id: string) => screeningProfiles.find((p) => p.policyId === id)!;
const columns = (rows: FactRow[]): FactColumns =>
  Object.fromEntries(Object.keys(rows[0]!).map((k) => [k, rows.map((r) => r[k as keyof FactRow])]));

/** A woman of 46 in the city, her benefit ended 13 months ago, not employed again. */
const woman4050: FactRow = {
  'person.gender': 'female',
  'person.birthDate': '1980-05-01',
  'person.retirementCategory': undefined,
  'person.localHukou': true,
  'person.hukouType': 'urban',
  'person.benefitEndedOn': '2025-10-31',
  'person.employed': false,
};

describe('employment-assistance screening', () => {
  const policy = getPolicy('county-city.employment-assistance')!;
  const p = profile(policy.id);

  it('makes a lead of a 4050 woman out of work since her benefit ended, and names what she must declare', () => {
    const lead = explainLead(policy, p, woman4050, ON);
    expect(lead.evaluation.outcome).not.toBe('ineligible');
    expect(lead.reason).toContain('属于本市户籍人员');
    expect(lead.reason).toContain('失业保险金领取期满后未能重新就业');
    // the scheme condition read her declared hardship: not a registry reason
    expect(lead.reason).not.toContain('补贴情形');
    // the application needs her category whatever this lead's answer
    expect(lead.toVerify).toEqual([
      '申领月份已缴纳社会保险费',
      '因经济困难未能继续缴纳社会保险费',
      '退休年龄类别',
    ]);
    // 未缴费 is her word, the scheme rests on her hardship; 工人 or 干部, she is years from
    // retirement alike, so that condition is a registry reason, not an assumption
    expect(lead.assumedConditions).toEqual(['no_insurance_paid', 'eligible_scheme']);
    expect(lead.reason).toContain('申领月份在法定退休月份之前');
    const screened = screenColumns(policy, p, columns([woman4050]), ON);
    expect(screened.lead[0]).toBe(1);
    expect(screened.payableFen[0]).toBe(Math.round(Number(lead.evaluation.payableTotal) * 100));
  });

  it('rests the retirement condition on the assumed category when her lead depends on it', () => {
    // born 1976-05: as a 工人 she retires in 2027 (near retirement); as a 干部, years later
    const lead = explainLead(policy, p, { ...woman4050, 'person.birthDate': '1976-05-01' }, ON);
    expect(lead.toVerify).toContain('退休年龄类别');
    expect(lead.assumedConditions).toContain('before_retirement');
    expect(lead.reason).not.toContain('法定退休');
    const asCadre = explainLead(
      policy,
      p,
      { ...woman4050, 'person.birthDate': '1976-05-01', 'person.retirementCategory': 'female_cadre' },
      ON,
    );
    expect(asCadre.evaluation.amounts).not.toEqual(lead.evaluation.amounts);
  });

  it('leaves out those the registry rules out: employed again, not local, benefit ended 6 months ago, no benefit at all', () => {
    const rows: FactRow[] = [
      { ...woman4050, 'person.employed': true },
      { ...woman4050, 'person.localHukou': false },
      { ...woman4050, 'person.benefitEndedOn': addDays(ON, -180) },
      { ...woman4050, 'person.benefitEndedOn': undefined },
      woman4050,
    ];
    expect([...screenColumns(policy, p, columns(rows), ON).lead]).toEqual([0, 0, 0, 0, 1]);
  });

  it('needs the registry facts the input names', () => {
    expect(profileFactKeys(policy).sort()).toEqual(
      [
        'person.gender',
        'person.birthDate',
        'person.retirementCategory',
        'person.localHukou',
        'person.hukouType',
        'person.benefitEndedOn',
        'person.employed',
      ].sort(),
    );
  });
});

describe('zhuhai high-skill screening (one row per certificate)', () => {
  const policy = getPolicy('zhuhai.high-skill-subsidy')!;
  const p = profile(policy.id);
  const certificate: FactRow = {
    'case.appliedOn': ON,
    'person.labourOrigin': 'local_urban',
    'certificate.level': 3,
    'certificate.occupation': '电工',
    'certificate.issuedOn': addDays(ON, -10),
    'certificate.obtainedBy': 'training',
    'shortage.listed': true,
    'shortage.publishedOn': '2026-01-01',
    'contract.current': { localEmployer: true, startOn: '2025-01-01', endOn: null },
    'insurance.payingLocally': true,
    'insurance.localMonths': 24,
    'insurance.recordedInSystem': true,
  };

  it('finds a certificate issued ten days ago and asks only whether the city organised it', () => {
    const lead = explainLead(policy, p, certificate, ON);
    expect(lead.evaluation.outcome).not.toBe('ineligible');
    expect(lead.toVerify).toEqual(['由本市组织培训鉴定（或竞赛、评价）']);
    // and the part applied for is the applicant's choice (the schema's default, 培训费和鉴定费 both)
    expect(lead.assumedConditions).toEqual([
      'local_training_appraisal',
      'training_part_requires_training',
      'once_per_level',
    ]);
    expect(lead.reason).toContain('自证书核发之日起60日内提出申请');
    expect(lead.reason).not.toContain('本市组织的培训和鉴定');
  });

  it('drops a certificate past its 60 days, one without a contract, and one of an unlisted occupation', () => {
    const rows: FactRow[] = [
      { ...certificate, 'certificate.issuedOn': addDays(ON, -120) },
      { ...certificate, 'contract.current': null },
      { ...certificate, 'shortage.listed': false },
      certificate,
    ];
    expect([...screenColumns(policy, p, columns(rows), ON).lead]).toEqual([0, 0, 0, 1]);
  });
});

it('screens only the policies in force on the day', () => {
  expect(screenablePolicies(ON).map((s) => s.policy.id)).toEqual([
    'county-city.employment-assistance',
    'zhuhai.high-skill-subsidy',
  ]);
  expect(screenablePolicies('2024-01-01').map((s) => s.policy.id)).toEqual([
    'county-city.employment-assistance',
  ]);
});
