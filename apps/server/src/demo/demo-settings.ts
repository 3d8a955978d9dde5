import { getPolicy } from '@minsheng/rules/catalogue.ts';
import {
  CATALOGUE_POLICY_ID,
  publicationViolations,
} from '../modules/registry/shortage-occupations/shortage-occupations.rules.ts';
import type { Actor } from '../platform/access/actor.ts';
import type { DemoServices } from './demo-services.ts';

/** The county-city items the demo files cases for (泰安 and 肥城 follow the county-city policies). */
export const EMPLOYMENT_ASSISTANCE = 'county-city.employment-assistance';
export const FLEXIBLE_EMPLOYMENT = 'county-city.flexible-employment';
export const START_UP = 'county-city.start-up-subsidy';
const DEMO_POLICIES = [EMPLOYMENT_ASSISTANCE, FLEXIBLE_EMPLOYMENT, START_UP];

/** Where every figure and catalogue entry the demo sets says it comes from. */
export const DEMO_REF = '演示数值（非官方公布数据），正式使用前须由管理员按统计、人社部门公布的数值修改';

/**
 * Demo values of the administered figures (placeholders in the policies' YAML) for the two years
 * before the demo's year and that year. Round numbers near Shandong's, not published figures.
 */
function demoFigureValues(year: number): Record<string, { from: string; value: string }[]> {
  return {
    previous_year_city_average_wage: [
      { from: `${year - 2}-01-01`, value: '88800' },
      { from: `${year - 1}-01-01`, value: '92400' },
      { from: `${year}-01-01`, value: '96000' },
    ],
    minimum_monthly_wage: [
      { from: `${year - 2}-01-01`, value: '2100' },
      { from: `${year - 1}-10-01`, value: '2200' },
    ],
  };
}

/** Two editions of a shortage-occupation catalogue (紧缺工种目录), a year apart. */
const shortageEditions = (year: number) => [
  { publishedOn: `${year - 2}-08-01`, occupations: ['焊工', '电工', '数控车工', '养老护理员', '育婴员'] },
  { publishedOn: `${year - 1}-08-01`, occupations: ['汽车维修工', '中式烹调师', '保育员'] },
];

export interface DemoFigure {
  name: string;
  label: string;
  unit: string;
  values: { from: string; value: string }[];
  /** the items whose figure it is (each policy holds its own) */
  policies: string[];
}

export interface DemoSettings {
  /** the enabled items whose every administered figure the demo could set: it files cases of these */
  caseTypeIds: string[];
  figures: DemoFigure[];
  /** the item the demo publicises before payment (公示), with its notice period in working days */
  notice: { caseTypeId: string; name: string; days: number } | null;
  shortageOccupations: { occupation: string; publishedOn: string }[];
}

/** The parameters of a policy that are still placeholders in its YAML (an administrator must set them). */
function placeholders(policyId: string): string[] {
  const policy = getPolicy(policyId)!;
  return policy.usesParameters.filter((name) =>
    Object.values(policy.parameters[name]!.steps).some((steps) => steps.some((s) => s.placeholder)),
  );
}

/**
 * What an administrator sets up before the first case: the administered figures of the demo's
 * items (as the city reviewer, through the policy service, each with DEMO_REF), public notice for
 * the flexible-employment subsidy, and the shortage-occupation catalogue. Only items the deployment
 * has enabled are touched; an item with a placeholder the demo has no value for is left out.
 */
export async function applyDemoSettings(
  s: DemoServices,
  reviewer: Actor,
  today: string,
): Promise<DemoSettings> {
  const values = demoFigureValues(Number(today.slice(0, 4)));
  const caseTypeIds: string[] = [];
  const figures = new Map<string, DemoFigure>();
  for (const id of DEMO_POLICIES) {
    if (!(await s.caseTypes.detail(id)).enabled) continue;
    const names = placeholders(id);
    if (names.some((n) => !values[n])) continue;
    const policy = getPolicy(id)!;
    for (const name of names) {
      for (const v of values[name]!)
        await s.policies.setParameterValue(reviewer, id, name, {
          effectiveFrom: v.from,
          value: v.value,
          refDoc: DEMO_REF,
        });
      const def = policy.parameters[name]!;
      const figure = figures.get(name) ?? {
        name,
        label: def.label,
        unit: def.unit,
        values: values[name]!,
        policies: [],
      };
      figure.policies.push(policy.name);
      figures.set(name, figure);
    }
    caseTypeIds.push(id);
  }

  let notice: DemoSettings['notice'] = null;
  if (caseTypeIds.includes(FLEXIBLE_EMPLOYMENT)) {
    const type = await s.caseTypes.get(FLEXIBLE_EMPLOYMENT);
    const updated = await s.caseTypes.updateSettings(reviewer, type.id, {
      version: type.version,
      requiresPublicNotice: true,
    });
    notice = { caseTypeId: type.id, name: type.name, days: updated.publicNoticeDays };
  }

  const validity = getPolicy(CATALOGUE_POLICY_ID)!.validity;
  const shortageOccupations: DemoSettings['shortageOccupations'] = [];
  for (const edition of shortageEditions(Number(today.slice(0, 4)))) {
    if (publicationViolations(edition.publishedOn, validity, today).length > 0) continue;
    for (const occupation of edition.occupations) {
      await s.shortageOccupations.create(reviewer, {
        occupation,
        catalogueName: `${edition.publishedOn.slice(0, 4)}年紧缺技能人才工种目录`,
        publishedOn: edition.publishedOn,
        refDoc: DEMO_REF,
      });
      shortageOccupations.push({ occupation, publishedOn: edition.publishedOn });
    }
  }
  return { caseTypeIds, figures: [...figures.values()], notice, shortageOccupations };
}
