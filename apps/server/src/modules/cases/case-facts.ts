import { addMonths } from '@minsheng/rules/engine/dates.ts';
import type { CaseFactsRepo } from './case-facts.repo.ts';
import type { FrozenFacts } from './cases.schema.ts';
import { OVER_AGE_POLICY } from './over-age/over-age.application.ts';
import { overAgeFacts } from './over-age/over-age.facts.ts';

/**
 * The policy input of a case, built from the registry as of the decision date ("records in the
 * information system are authoritative", 000 第三篇 五(一)) and completed with the declared
 * application data for what the registry does not hold. `sources` says which is which, so the
 * reviewer sees what the rule read from where.
 */
export interface FactsCase {
  id: string;
  policyId: string;
  personId: string | null;
  certificateId: string | null;
  appliedOn: string | null;
  application: Record<string, unknown>;
}

const REGISTRY = '登记信息';
const DECLARED = '申请填报';

type Builder = (repo: CaseFactsRepo, c: FactsCase, asOf: string) => Promise<FrozenFacts>;

/** 户口性质 × 户籍地类别 → the labour origins of 珠劳社〔2024〕82号 第二条. */
export function labourOrigin(hukouType: string, hukouPlace: string): string {
  if (hukouPlace === 'local') return hukouType === 'rural' ? 'local_rural' : 'local_urban';
  if (hukouType === 'rural') return hukouPlace === 'province' ? 'in_province_rural' : 'out_of_province_rural';
  return 'out_of_city_urban';
}

const zhuhaiHighSkill: Builder = async (repo, c, asOf) => {
  const input: Record<string, unknown> = { ...c.application };
  const sources: Record<string, string> = Object.fromEntries(
    Object.keys(c.application).map((k) => [k, DECLARED]),
  );
  const set = (key: string, value: unknown, source: string) => {
    input[key] = value;
    sources[key] = source;
  };
  if (c.appliedOn) set('appliedOn', c.appliedOn, '提交日期');
  const person = c.personId ? await repo.person(c.personId) : undefined;
  if (person) set('labourOrigin', labourOrigin(person.hukouType, person.hukouPlace), REGISTRY);
  const cert = c.certificateId ? await repo.certificate(c.certificateId) : undefined;
  if (cert) {
    const declared = (c.application.certificate ?? {}) as Record<string, unknown>;
    set(
      'certificate',
      {
        level: Number(cert.level),
        occupation: cert.occupation,
        issuedOn: cert.issuedOn,
        obtainedBy: cert.obtainedBy,
        // Whether the training and appraisal were organised by the city is on the paper file only.
        organisedLocally: declared.organisedLocally ?? c.application.organisedLocally ?? false,
      },
      `${REGISTRY}（是否本市组织：${DECLARED}）`,
    );
    set('shortageCatalogue', await repo.shortageListing(cert.occupation, asOf), '紧缺工种目录');
  }
  if (person) {
    const contract = await repo.contractOn(person.id, asOf);
    const months = await repo.paidMonths(person.id, asOf);
    const recent = new Set([asOf.slice(0, 7), addMonths(asOf, -1).slice(0, 7)]);
    if (contract) {
      const endOn = contract.termKind === 'open_ended' ? null : (contract.endsOn ?? asOf);
      set('contract', { localEmployer: true, startOn: contract.startsOn, endOn }, REGISTRY);
    } else if (!('contract' in input)) set('contract', null, REGISTRY);
    set(
      'insurance',
      { payingLocally: months.some((m) => recent.has(m)), localMonths: months.length },
      REGISTRY,
    );
    set('recordedInSystem', contract !== undefined && months.length > 0, REGISTRY);
  }
  return { asOf, input, sources };
};

const builders: Record<string, Builder> = {
  'zhuhai.high-skill-subsidy': zhuhaiHighSkill,
  [OVER_AGE_POLICY]: overAgeFacts,
};

/** Policies whose input the registry feeds; the others read the declared application data only. */
export const registryBackedPolicies = Object.keys(builders);

export async function buildFacts(repo: CaseFactsRepo, c: FactsCase, asOf: string): Promise<FrozenFacts> {
  const builder = builders[c.policyId];
  if (builder) return builder(repo, c, asOf);
  const input = { ...c.application };
  return { asOf, input, sources: Object.fromEntries(Object.keys(input).map((k) => [k, DECLARED])) };
}
