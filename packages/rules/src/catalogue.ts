import { z } from 'zod';
import { inputJsonSchema } from './engine/input-fields.ts';
import type { Reference } from './engine/parameters.ts';
import type { AmountKind, AnyPolicy, PolicyMeta } from './engine/policy.ts';
import { assessmentSchema } from './policies/county/recruitment-assessment/scoring.ts';
import { policy as countyCommunityAward } from './policies/county-city/community-award/policy.ts';
import { policy as countyCreditCommunity } from './policies/county-city/credit-community/policy.ts';
import { policy as countyEmployerHiring } from './policies/county-city/employer-hiring/policy.ts';
import { policy as countyEmploymentAssistance } from './policies/county-city/employment-assistance/policy.ts';
import { policy as countyFlexibleEmployment } from './policies/county-city/flexible-employment/policy.ts';
import { policy as countyLoan } from './policies/county-city/guaranteed-loan/policy.ts';
import { policy as countyLoanInterestSubsidy } from './policies/county-city/guaranteed-loan-interest-subsidy/policy.ts';
import { policy as countyJobReferral } from './policies/county-city/job-referral/policy.ts';
import { policy as countyLocalHiringReward } from './policies/county-city/local-hiring-reward/policy.ts';
import { policy as countyMassLayoff } from './policies/county-city/mass-layoff/policy.ts';
import { policy as countyOutsourcedProcessing } from './policies/county-city/outsourced-processing/policy.ts';
import { policy as countyPublicWelfarePost } from './policies/county-city/public-welfare-post/policy.ts';
import { policy as countyRent } from './policies/county-city/rent-subsidy/policy.ts';
import { policy as countySmallFirmLoan } from './policies/county-city/small-firm-loan/policy.ts';
import { policy as countyStartUp } from './policies/county-city/start-up-subsidy/policy.ts';
import { policy as countyTaxFeeRelief } from './policies/county-city/tax-fee-relief/policy.ts';
import { policy as countyTraining } from './policies/county-city/training-subsidy/policy.ts';
import { policy as dezhouHealthCheck } from './policies/dezhou/health-check-settlement/policy.ts';
import { documentRef } from './policies/documents.ts';
import { townAssessmentSchema } from './policies/feicheng/town-assessment/scoring.ts';
import { policy as qingdaoOverAge } from './policies/qingdao/over-age-fixed-workers/policy.ts';
import { policy as zhuhaiHighSkill } from './policies/zhuhai/high-skill-subsidy/policy.ts';

export interface CatalogueEntry {
  policy: AnyPolicy;
  /** directory holding policy.ts, parameters.yaml and tests.yaml */
  dir: URL;
}

const entry = (policy: AnyPolicy, dir: string): CatalogueEntry => ({
  policy,
  dir: new URL(dir, import.meta.url),
});

/** Every policy the engine can evaluate. */
export const catalogue: readonly CatalogueEntry[] = [
  entry(zhuhaiHighSkill, './policies/zhuhai/high-skill-subsidy/'),
  entry(qingdaoOverAge, './policies/qingdao/over-age-fixed-workers/'),
  entry(dezhouHealthCheck, './policies/dezhou/health-check-settlement/'),
  entry(countyTraining, './policies/county-city/training-subsidy/'),
  entry(countyLoan, './policies/county-city/guaranteed-loan/'),
  entry(countyLoanInterestSubsidy, './policies/county-city/guaranteed-loan-interest-subsidy/'),
  entry(countyRent, './policies/county-city/rent-subsidy/'),
  entry(countyStartUp, './policies/county-city/start-up-subsidy/'),
  entry(countyMassLayoff, './policies/county-city/mass-layoff/'),
  entry(countyCommunityAward, './policies/county-city/community-award/'),
  entry(countyJobReferral, './policies/county-city/job-referral/'),
  entry(countyCreditCommunity, './policies/county-city/credit-community/'),
  entry(countyTaxFeeRelief, './policies/county-city/tax-fee-relief/'),
  entry(countyFlexibleEmployment, './policies/county-city/flexible-employment/'),
  entry(countyEmploymentAssistance, './policies/county-city/employment-assistance/'),
  entry(countyOutsourcedProcessing, './policies/county-city/outsourced-processing/'),
  entry(countyEmployerHiring, './policies/county-city/employer-hiring/'),
  entry(countyPublicWelfarePost, './policies/county-city/public-welfare-post/'),
  entry(countyLocalHiringReward, './policies/county-city/local-hiring-reward/'),
  entry(countySmallFirmLoan, './policies/county-city/small-firm-loan/'),
];

export interface PolicySummary extends PolicyMeta {
  /** JSON Schema (draft 2020-12) of the input a caller sends */
  inputSchema: Record<string, unknown>;
  conditions: { id: string; label: string; clause: string }[];
  checks: { id: string; label: string; clause?: string }[];
  amounts: { id: string; label: string; kind: AmountKind; clause?: string }[];
  parameters: { name: string; label: string; unit: string; by?: string }[];
}

export function summarise(policy: AnyPolicy): PolicySummary {
  const {
    input,
    parameters,
    usesParameters,
    parameterDate,
    conditions,
    checks,
    amounts,
    outputs,
    rounding,
    ...meta
  } = policy;
  return {
    ...meta,
    inputSchema: inputJsonSchema(input),
    conditions: conditions.map(({ id, label, clause }) => ({ id, label, clause })),
    checks: checks.map(({ id, label, clause }) => ({ id, label, ...(clause ? { clause } : {}) })),
    amounts: amounts.map(({ id, label, kind, clause }) => ({
      id,
      label,
      kind,
      ...(clause ? { clause } : {}),
    })),
    parameters: usesParameters.map((name) => {
      const def = parameters[name]!;
      return { name, label: def.label, unit: def.unit, ...(def.by ? { by: def.by } : {}) };
    }),
  };
}

/** Metadata and JSON Schemas of all policies, for the server's policy list and forms. */
export function listPolicies(): PolicySummary[] {
  return catalogue.map((e) => summarise(e.policy));
}

/** A policy by id, or undefined. */
export function getPolicy(id: string): AnyPolicy | undefined {
  return catalogue.find((e) => e.policy.id === id)?.policy;
}

export interface JurisdictionSummary {
  code: string;
  name: string;
  /** ids of the case policies of the jurisdiction (assessment schemes not included) */
  policyIds: string[];
}

/** Every jurisdiction the rules cover, from the case policies and the assessment schemes. */
export function listJurisdictions(): JurisdictionSummary[] {
  const byCode = new Map<string, JurisdictionSummary>();
  const add = (j: { code: string; name: string }, policyId?: string) => {
    const entry = byCode.get(j.code) ?? { ...j, policyIds: [] };
    if (policyId) entry.policyIds.push(policyId);
    byCode.set(j.code, entry);
  };
  for (const { policy } of catalogue) add(policy.jurisdiction, policy.id);
  for (const a of listAssessments()) add(a.jurisdiction);
  return [...byCode.values()];
}

export interface AssessmentSummary {
  id: string;
  name: string;
  jurisdiction: { code: string; name: string };
  document: Reference;
  /** module and function that score it */
  module: string;
  inputSchema: Record<string, unknown>;
}

const jsonSchema = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;

/** Assessment scoring schemes (pure functions, not case policies). */
export function listAssessments(): AssessmentSummary[] {
  return [
    {
      id: 'feicheng.town-assessment',
      name: '肥城市对街镇就业再就业和社会保障工作考核（按占最高分百分比计分）',
      jurisdiction: { code: 'feicheng', name: '肥城市' },
      document: documentRef('feicheng.town-assessment'),
      module: 'policies/feicheng/town-assessment/scoring.ts#assessTowns',
      inputSchema: jsonSchema(townAssessmentSchema),
    },
    {
      id: 'county.recruitment-assessment',
      name: '招工服务考核（100分制，评选5个先进单位）',
      jurisdiction: { code: 'county', name: '县' },
      document: documentRef('county.recruitment-assessment'),
      module: 'policies/county/recruitment-assessment/scoring.ts#scoreRecruitment',
      inputSchema: jsonSchema(assessmentSchema),
    },
  ];
}
