import { dec } from '@minsheng/rules/engine/money.ts';
import { lookup } from '@minsheng/rules/engine/parameters.ts';
import type { Db } from '../../../db/client.ts';
import { type Actor, hasPermission } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import { conflict, forbidden, invalid, notFound } from '../../../platform/errors.ts';
import type { PolicyService } from '../../policy/policy.service.ts';
import { isUniqueViolation } from '../../registry/persons/persons.service.ts';
import { HEALTH_CHECK_SETTLEMENT } from '../settlements/settlement-rule.ts';
import { createQualityRepo } from './quality.repo.ts';
import { type QualityFigures, qualityRates, settlementRates } from './quality-rates.ts';

export interface SampleInput {
  hospitalId: string;
  planId: string;
  examinationId: string;
  sampledOn?: string | undefined;
  /** default: the plan package's number of items */
  itemsChecked?: number | undefined;
  resultErrors: number;
  omittedItems: number;
  entryErrors: number;
  note?: string | undefined;
}

export interface SurveyInput {
  hospitalId: string;
  planId: string;
  collectedOn: string;
  forms: number;
  satisfied: number;
  note?: string | undefined;
}

const RATES = [
  { id: 'result_error', label: '检查检验结果差错率', limit: 'max' },
  { id: 'missed_item', label: '检验项目漏检率', limit: 'max' },
  { id: 'data_entry_error', label: '数据录入差错率', limit: 'max' },
  { id: 'satisfaction', label: '体检人员满意率', limit: 'min' },
] as const;

/**
 * 第二十条 质量保证: the 医保处 audits samples of concluded examinations and enters the opinion box's
 * satisfaction surveys; the four rates are counted from them (quality-rates.ts), never typed, and
 * shown against the limits the settlement rule applies (≤ 1%, ≥ 98%).
 */
export function createQualityService(deps: {
  db: Db;
  clock: Clock;
  policies: Pick<PolicyService, 'effectivePolicy'>;
}) {
  const { db, clock } = deps;
  const repo = createQualityRepo(db);

  const need = (actor: Actor, permission: 'health_check:manage') => {
    if (!hasPermission(actor, permission)) throw forbidden();
  };

  async function scope(actor: Actor, hospitalId: string, planId: string) {
    const [hospital, plan] = await Promise.all([repo.hospital(actor, hospitalId), repo.plan(actor, planId)]);
    if (!hospital) throw notFound('体检医院');
    if (!plan) throw notFound('体检计划');
    return { hospital, plan };
  }

  /** The four rates with the rule's limits as of today, and whether each is out. */
  async function ratesView(f: QualityFigures) {
    const policy = await deps.policies.effectivePolicy(HEALTH_CHECK_SETTLEMENT);
    const today = clock.today();
    return RATES.map((r) => {
      const value = r.id === 'satisfaction' ? f.satisfaction : (f.errors?.[r.id] ?? null);
      const limit = dec(
        r.limit === 'max'
          ? lookup(policy.parameters, 'max_error_rate_percent', today, r.id).value
          : lookup(policy.parameters, 'min_satisfaction_percent', today).value,
      );
      const out = value === null ? null : r.limit === 'max' ? limit.lt(value) : limit.gt(value);
      return { id: r.id, label: r.label, value, limit: limit.toString(), kind: r.limit, out };
    });
  }

  return {
    /** The plans and hospitals the actor may pick (the quality and settlement pages' selectors). */
    async choices(actor: Actor) {
      const [plans, hospitals] = await Promise.all([repo.plans(actor), repo.hospitals(actor)]);
      return { plans, hospitals };
    },

    /** Samples, surveys and the rates counted from them, of a hospital in a plan. */
    async overview(actor: Actor, hospitalId: string, planId: string) {
      const { hospital, plan } = await scope(actor, hospitalId, planId);
      const [samples, surveys] = await Promise.all([
        repo.samples(hospital.id, plan.id),
        repo.surveys(hospital.id, plan.id),
      ]);
      const figures = qualityRates(
        samples.map((s) => s.sample),
        surveys,
      );
      const ready = settlementRates(figures);
      return {
        hospital: { id: hospital.id, name: hospital.name },
        plan: { id: plan.id, name: plan.name, year: plan.year, packageItems: plan.items.length },
        samples: samples.map((s) => ({
          id: s.sample.id,
          examinationId: s.sample.examinationId,
          examinee: s.name,
          idNumberMasked: s.idNumberMasked,
          examinedOn: s.examinedOn,
          sampledOn: s.sample.sampledOn,
          itemsChecked: s.sample.itemsChecked,
          resultErrors: s.sample.resultErrors,
          omittedItems: s.sample.omittedItems,
          entryErrors: s.sample.entryErrors,
          note: s.sample.note,
        })),
        surveys: surveys.map((s) => ({
          id: s.id,
          collectedOn: s.collectedOn,
          forms: s.forms,
          satisfied: s.satisfied,
          note: s.note,
        })),
        itemsChecked: figures.itemsChecked,
        forms: figures.forms,
        rates: await ratesView(figures),
        /** why the settlement cannot be computed yet; null when all four rates are there */
        missing: 'missing' in ready ? ready.missing : null,
      };
    },

    /** The hospital's concluded examinations not yet sampled, for the sample dialog's picker. */
    async examinations(actor: Actor, hospitalId: string, planId: string, q: string | undefined) {
      need(actor, 'health_check:manage');
      const { hospital, plan } = await scope(actor, hospitalId, planId);
      return repo.unsampled(hospital.id, plan.id, q, 50);
    },

    async addSample(actor: Actor, input: SampleInput) {
      need(actor, 'health_check:manage');
      const { hospital, plan } = await scope(actor, input.hospitalId, input.planId);
      const exam = await repo.concludedExamination(hospital.id, plan.id, input.examinationId);
      if (!exam) throw notFound('该医院本计划中已出结论的体检');
      const itemsChecked = input.itemsChecked ?? plan.items.length;
      const over = (['resultErrors', 'omittedItems', 'entryErrors'] as const).filter(
        (k) => input[k] > itemsChecked,
      );
      if (over.length > 0)
        throw invalid(
          `差错、漏检和录入差错的项数不能多于抽查的项目数（${itemsChecked}项）`,
          over.map((path) => ({ path, message: `不能多于${itemsChecked}` })),
        );
      const sampledOn = input.sampledOn ?? clock.today();
      if (sampledOn > clock.today() || sampledOn < exam.examinedOn)
        throw invalid('抽查日期须在体检日期之后、不晚于今天', [{ path: 'sampledOn', message: '日期不对' }]);
      return db
        .transaction(async (tx) => {
          const row = await createQualityRepo(tx).insertSample({
            hospitalId: hospital.id,
            planId: plan.id,
            examinationId: exam.id,
            sampledOn,
            itemsChecked,
            resultErrors: input.resultErrors,
            omittedItems: input.omittedItems,
            entryErrors: input.entryErrors,
            note: input.note?.trim() || null,
            auditedBy: actor.userId,
          });
          await recordAudit(tx, actor, {
            action: 'health_check.quality_sample.create',
            targetType: 'health_check_quality_sample',
            targetId: row.id,
            detail: {
              hospitalId: hospital.id,
              planId: plan.id,
              examinationId: exam.id,
              itemsChecked,
              resultErrors: input.resultErrors,
              omittedItems: input.omittedItems,
              entryErrors: input.entryErrors,
            },
          });
          return row;
        })
        .catch((e: unknown) => {
          if (isUniqueViolation(e)) throw conflict('该体检已录入抽查结果，一份体检只抽查一次');
          throw e;
        });
    },

    async addSurvey(actor: Actor, input: SurveyInput) {
      need(actor, 'health_check:manage');
      const { hospital, plan } = await scope(actor, input.hospitalId, input.planId);
      if (input.satisfied > input.forms)
        throw invalid('满意的调查表份数不能多于收回的调查表份数', [
          { path: 'satisfied', message: `不能多于${input.forms}` },
        ]);
      if (input.collectedOn > clock.today())
        throw invalid('汇总日期不能晚于今天', [{ path: 'collectedOn', message: '不能晚于今天' }]);
      return db.transaction(async (tx) => {
        const row = await createQualityRepo(tx).insertSurvey({
          hospitalId: hospital.id,
          planId: plan.id,
          collectedOn: input.collectedOn,
          forms: input.forms,
          satisfied: input.satisfied,
          note: input.note?.trim() || null,
          enteredBy: actor.userId,
        });
        await recordAudit(tx, actor, {
          action: 'health_check.survey.create',
          targetType: 'health_check_survey',
          targetId: row.id,
          detail: {
            hospitalId: hospital.id,
            planId: plan.id,
            forms: input.forms,
            satisfied: input.satisfied,
          },
        });
        return row;
      });
    },
  };
}

export type QualityService = ReturnType<typeof createQualityService>;
