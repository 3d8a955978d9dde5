import { conflict, invalid } from '../../../platform/errors.ts';
import type { FrozenFacts } from '../cases.schema.ts';
import type { CaseFactsRepo } from '../facts/facts.repo.ts';
import { parseOverAgeApplication } from './over-age.application.ts';

interface OverAgeFactsCase {
  id: string;
  personId: string | null;
  appliedOn: string | null;
  application: Record<string, unknown>;
}

export const missingConfirmation = () =>
  conflict('市劳动保险经办机构尚未确认该申请人的连续工龄（存入电子档案），不能审核');

/**
 * The rule input of an over-age case: identity, birth date, gender and hukou from the registry
 * (the full ID number is not needed: the rule reads birth date and gender, so none is frozen on the
 * case), the declared application for the employment history, and the service years the city
 * agency confirmed into the electronic archive (第四条第（二）项) — never the applicant's own figure.
 */
export async function overAgeFacts(
  repo: CaseFactsRepo,
  c: OverAgeFactsCase,
  asOf: string,
): Promise<FrozenFacts> {
  const app = parseOverAgeApplication(c.application);
  if (!app.ok) throw invalid(`申请信息不完整：${app.issues.map((i) => i.message).join('；')}`, app.issues);
  const confirmation = await repo.overAgeConfirmation(c.id);
  if (!confirmation) throw missingConfirmation();
  const person = c.personId ? await repo.person(c.personId) : undefined;
  if (!person) throw invalid('该事项须由申请人本人申请，案件未关联人员');
  const a = app.value;
  const input = {
    person: {
      birthDate: person.birthDate,
      gender: person.gender === '1' ? 'male' : 'female',
      localHukou: person.hukouPlace === 'local',
      area: a.area,
      ...(a.femaleRetirementCategory ? { femaleRetirementCategory: a.femaleRetirementCategory } : {}),
    },
    formerEmployer: { ownership: a.ownership, formalEmployment: a.formalEmployment },
    leftEmployerOn: a.leftEmployerOn,
    continuousServiceYears: confirmation.serviceYears,
    insuredSinceLeaving: a.insuredSinceLeaving,
    receivingPension: a.receivingPension,
    ...(c.appliedOn ? { appliedOn: c.appliedOn } : {}),
  };
  const confirmedBy = `市劳动保险经办机构工龄认定（电子档案 ${confirmation.archiveNumber}，${confirmation.confirmedByName}）`;
  return {
    asOf,
    input,
    sources: {
      person: '登记信息（出生日期、性别、户籍）；申请填报（区市、女性身份）',
      formerEmployer: '申请填报',
      leftEmployerOn: '申请填报',
      continuousServiceYears: confirmedBy,
      insuredSinceLeaving: '申请填报',
      receivingPension: '申请填报',
      ...(c.appliedOn ? { appliedOn: '提交日期' } : {}),
    },
  };
}
