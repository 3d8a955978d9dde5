import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn } from '../../../engine/dates.ts';
import { decideTraineeEligibility, TRAINING_PROGRAMMES, type TraineeFacts } from './eligibility.ts';
import { TRAINEE_GROUPS } from './groups.ts';

const ON = '2026-05-10';
const FUJIAN = '《关于印发福建省城镇技能再就业计划和能力促创业计划的通知》（闽劳社文〔2024〕96号）';
const COUNTY = '《关于进一步做好促进就业工作的实施意见》';

const nobody: TraineeFacts = {
  hukouType: 'urban',
  birthDate: '1980-07-01',
  education: '60',
  openUnemployment: null,
  employmentCertificate: null,
  employed: false,
  difficultyPerson: false,
};
const registered = (over: Partial<TraineeFacts> = {}): TraineeFacts => ({
  ...nobody,
  openUnemployment: { registeredOn: '2026-03-02', certificateNumber: 'JY3709020001' },
  employmentCertificate: 'JY3709020001',
  ...over,
});
const metGroups = (d: ReturnType<typeof decideTraineeEligibility>) =>
  d.reasons.filter((r) => r.met).map((r) => r.group);

describe('decideTraineeEligibility', () => {
  it('enrols a registered unemployed person in skills training as a certificate holder, citing 二(二)', () => {
    const d = decideTraineeEligibility('skills_reemployment', registered(), ON);
    expect(d.eligible).toBe(true);
    expect(d.group).toBe('certificate_holder');
    expect(metGroups(d)).toEqual(['certificate_holder', 'registered_unemployed']);
    expect(d.reasons[0]).toEqual({
      group: 'certificate_holder',
      met: true,
      text: '持《再就业优惠证》或《就业创业证》人员：持有《就业创业证》（证号 JY3709020001），且无在册就业登记',
      clause: `${FUJIAN}城镇技能再就业计划 二(二)`,
    });
    expect(d.reasons[1]).toMatchObject({
      met: true,
      text: '城镇其他登记失业人员：2026-03-02 起城镇登记失业（失业登记有效）',
    });
  });

  it('refuses a person of no group with every unmet reason and its clause', () => {
    const d = decideTraineeEligibility('skills_reemployment', nobody, ON);
    expect(d.eligible).toBe(false);
    expect(d.group).toBeNull();
    expect(d.reasons.map((r) => [r.group, r.met, r.text])).toEqual([
      [
        'certificate_holder',
        false,
        '持《再就业优惠证》或《就业创业证》人员：未持有《就业创业证》（无失业登记记录）',
      ],
      ['registered_unemployed', false, '城镇其他登记失业人员：无有效的失业登记'],
      ['rural_migrant', false, '进城务工的农村劳动者：非农村户口'],
      ['graduate', false, '大中专毕业生：登记的文化程度不是中专及以上（大中专毕业生）'],
      ['difficulty_person', false, '就业困难人员：无有效的就业困难人员认定'],
    ]);
    // 初高中毕业生 are no group of skills training: named only when met, as not this plan's
    expect(d.reasons.some((r) => r.group === 'school_leaver')).toBe(false);
    expect(d.reasons[2]!.clause).toBe(`${COUNTY}四(二)`);
    expect(d.reasons[4]!.clause).toBe(`${COUNTY}四(三)2`);
  });

  it('takes a rural worker in an employment registration as a rural migrant in skills training', () => {
    const d = decideTraineeEligibility(
      'skills_reemployment',
      { ...nobody, hukouType: 'rural', employed: true },
      ON,
    );
    expect(d).toMatchObject({ eligible: true, group: 'rural_migrant' });
    expect(d.reasons.find((r) => r.group === 'rural_migrant')!.text).toBe(
      '进城务工的农村劳动者：农村户口，在城镇就业登记中',
    );
  });

  it('does not count a rural person with no registration as a rural migrant', () => {
    const d = decideTraineeEligibility('skills_reemployment', { ...nobody, hukouType: 'rural' }, ON);
    expect(d.eligible).toBe(false);
  });

  it('adds rural migrants and difficulty persons to the skills plan only from the county text (2009)', () => {
    const migrant = { ...nobody, hukouType: 'rural' as const, employed: true };
    const before = decideTraineeEligibility('skills_reemployment', migrant, '2008-06-01');
    expect(before.eligible).toBe(false);
    expect(before.reasons.find((r) => r.group === 'rural_migrant')).toMatchObject({
      met: false,
      text: '进城务工的农村劳动者：农村户口，在城镇就业登记中，但不是该培训计划的培训对象',
      clause: `${FUJIAN}城镇技能再就业计划 二(二)`,
    });
  });

  it('records a graduate only with an open registration (城镇其他登记失业人员 包括大中专毕业生)', () => {
    const unregistered = decideTraineeEligibility('skills_reemployment', { ...nobody, education: '20' }, ON);
    expect(unregistered.eligible).toBe(false);
    // a registered graduate who found work and whose registration was closed keeps no certificate group
    const d = decideTraineeEligibility(
      'skills_reemployment',
      registered({ education: '30', employmentCertificate: 'JY1', employed: true }),
      ON,
    );
    expect(d.group).toBe('graduate');
    expect(metGroups(d)).toEqual(['registered_unemployed', 'graduate']);
  });

  it('enrols a difficulty person in skills training but not as such in entrepreneurship training', () => {
    const facts = { ...nobody, difficultyPerson: true };
    expect(decideTraineeEligibility('skills_reemployment', facts, ON)).toMatchObject({
      eligible: true,
      group: 'difficulty_person',
    });
    const syb = decideTraineeEligibility('entrepreneurship', facts, ON);
    expect(syb.eligible).toBe(false);
    expect(syb.reasons.at(-1)).toEqual({
      group: 'difficulty_person',
      met: false,
      text: '就业困难人员：经认定的就业困难人员（认定有效），但不是该培训计划的培训对象',
      clause: `${FUJIAN}能力促创业计划 (十)`,
    });
  });

  it('takes rural migrants into entrepreneurship training from the plan itself', () => {
    const d = decideTraineeEligibility(
      'entrepreneurship',
      { ...nobody, hukouType: 'rural', employed: true },
      '2008-06-01',
    );
    expect(d).toMatchObject({ eligible: true, group: 'rural_migrant' });
  });

  it('treats order training as skills re-employment', () => {
    expect(decideTraineeEligibility('order_training', registered(), ON).group).toBe('certificate_holder');
  });
});

describe('decideTraineeEligibility: labour preparation (劳动预备制, 001 四(四))', () => {
  const START = '2026-09-01';
  const leaver = (over: Partial<TraineeFacts> = {}): TraineeFacts => ({
    ...nobody,
    birthDate: '2009-06-20',
    education: '70',
    ...over,
  });

  it('enrols a junior-middle-school leaver of 17 at the class start, citing 四(四)', () => {
    const d = decideTraineeEligibility('labour_preparation', leaver(), ON, START);
    expect(d).toMatchObject({ eligible: true, group: 'school_leaver' });
    expect(d.reasons).toEqual([
      {
        group: 'school_leaver',
        met: true,
        text: '有就业要求的初高中毕业生（劳动预备制）：初中文化程度，开班时17周岁，且无在册就业登记',
        clause: `${COUNTY}四(四)`,
      },
    ]);
  });

  it('takes the age at the class start, not at enrolment', () => {
    // 15 on the enrolment date, 16 when the class starts
    const f = leaver({ birthDate: '2010-07-01', education: '60' });
    expect(decideTraineeEligibility('labour_preparation', f, ON, ON).eligible).toBe(false);
    expect(decideTraineeEligibility('labour_preparation', f, ON, START).group).toBe('school_leaver');
  });

  it('refuses a registered unemployed adult over the age limit with the age, the limits and the gap', () => {
    const d = decideTraineeEligibility('labour_preparation', registered({ education: '70' }), ON, START);
    expect(d.eligible).toBe(false);
    expect(d.reasons.find((r) => r.group === 'school_leaver')).toEqual({
      group: 'school_leaver',
      met: false,
      text: '有就业要求的初高中毕业生（劳动预备制）：初中文化程度，开班时（2026-09-01）46周岁，不在16至24周岁之间（人员登记无毕业时间，以年龄认定初高中毕业生）',
      clause: `${COUNTY}四(四)`,
    });
    // the unemployed person's own groups are named, but as not this programme's
    expect(d.reasons.find((r) => r.group === 'registered_unemployed')).toMatchObject({
      met: false,
      text: '城镇其他登记失业人员：2026-03-02 起城镇登记失业（失业登记有效），但不是该培训计划的培训对象',
      clause: `${COUNTY}四(四)`,
    });
  });

  it('refuses a college graduate, a primary-school leaver and a school leaver in work', () => {
    for (const education of ['30', '40', '80', null]) {
      const d = decideTraineeEligibility('labour_preparation', leaver({ education }), ON, START);
      expect(d.eligible).toBe(false);
      expect(d.reasons.at(-1)!.text).toBe(
        '有就业要求的初高中毕业生（劳动预备制）：登记的文化程度不是初中或普通高中',
      );
    }
    const employed = decideTraineeEligibility('labour_preparation', leaver({ employed: true }), ON, START);
    expect(employed.eligible).toBe(false);
    expect(employed.reasons.at(-1)!.text).toContain('但在就业登记中');
  });

  it('does not take school leavers into the skills or entrepreneurship plans', () => {
    for (const p of ['skills_reemployment', 'entrepreneurship'] as const) {
      const d = decideTraineeEligibility(p, leaver(), ON, START);
      expect(d.eligible).toBe(false);
      expect(d.reasons.find((r) => r.group === 'school_leaver')).toMatchObject({
        met: false,
        text: expect.stringContaining('但不是该培训计划的培训对象'),
      });
    }
  });

  it('finds no target group before the county text (2009-01-01)', () => {
    const d = decideTraineeEligibility(
      'labour_preparation',
      leaver({ birthDate: '1990-01-01' }),
      '2008-06-01',
    );
    expect(d.eligible).toBe(false);
    expect(d.reasons).toEqual([expect.objectContaining({ group: null, clause: `${COUNTY}四(四)` })]);
  });
});

const facts: fc.Arbitrary<TraineeFacts> = fc.record({
  hukouType: fc.constantFrom('urban' as const, 'rural' as const, null),
  birthDate: fc.constantFrom(
    '1960-03-15',
    '1985-01-01',
    '1990-12-31',
    '2002-09-01',
    '2008-02-29',
    '2012-05-05',
  ),
  education: fc.constantFrom('10', '20', '30', '40', '60', '70', '90', null),
  openUnemployment: fc.option(
    fc.record({ registeredOn: fc.constant('2025-01-01'), certificateNumber: fc.constant('JY1') }),
  ),
  employmentCertificate: fc.option(fc.constant('JY1')),
  employed: fc.boolean(),
  difficultyPerson: fc.boolean(),
});
const date = fc.constantFrom('2006-04-06', '2008-12-31', '2009-01-01', '2026-05-10', '2030-01-01');

describe('decideTraineeEligibility properties', () => {
  it('is eligible exactly when a reason of a covered group is met, and records a met group', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TRAINING_PROGRAMMES), facts, date, (programme, f, on) => {
        const d = decideTraineeEligibility(programme, f, on);
        const met = d.reasons.filter((r) => r.met);
        expect(d.eligible).toBe(met.length > 0);
        expect(d.group === null).toBe(!d.eligible);
        if (d.group) expect(met.map((r) => r.group)).toContain(d.group);
        for (const r of d.reasons) expect(r.clause).toMatch(/^《.+》/);
      }),
    );
  });

  it('never enrols a person with no registration, no determination and no rural employment', () => {
    const adultProgrammes = TRAINING_PROGRAMMES.filter((p) => p !== 'labour_preparation');
    fc.assert(
      fc.property(fc.constantFrom(...adultProgrammes), facts, date, (programme, f, on) => {
        const none = {
          ...f,
          openUnemployment: null,
          employmentCertificate: null,
          difficultyPerson: false,
          employed: false,
        };
        expect(decideTraineeEligibility(programme, none, on).eligible).toBe(false);
      }),
    );
  });

  it('enrols in labour preparation exactly the 初中/高中 leavers of 16–24 at the start not in work, from 2009', () => {
    fc.assert(
      fc.property(facts, date, (f, on) => {
        const d = decideTraineeEligibility('labour_preparation', f, on);
        const age = ageOn(f.birthDate, on);
        const leaver =
          on >= '2009-01-01' &&
          (f.education === '60' || f.education === '70') &&
          age >= 16 &&
          age <= 24 &&
          !f.employed;
        expect(d.eligible).toBe(leaver);
        expect(d.group).toBe(leaver ? 'school_leaver' : null);
      }),
    );
  });

  it('gives each covered group one reason, in a fixed order, and an uncovered group only as unmet', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('skills_reemployment' as const, 'order_training' as const),
        facts,
        (p, f) => {
          const d = decideTraineeEligibility(p, f, '2026-05-10');
          const [covered, uncovered] = [d.reasons.slice(0, 5), d.reasons.slice(5)];
          expect(covered.map((r) => r.group)).toEqual(TRAINEE_GROUPS.filter((g) => g !== 'school_leaver'));
          for (const r of uncovered) expect(r).toMatchObject({ group: 'school_leaver', met: false });
        },
      ),
    );
  });
});
