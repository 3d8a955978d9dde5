import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { FieldCipher } from '../../../platform/crypto.ts';
import { isFindingCode } from '../examinations/finding-codes.ts';
import { requireOwnHospital } from '../health-check-access.ts';
import { healthCheckHospitals } from '../hospitals/hospitals.schema.ts';
import { createAnalysisRepo } from './analysis.repo.ts';
import { type AnalysisPerson, analysisFigures } from './analysis.ts';
import { analysisWorkbook } from './analysis.xlsx.ts';
import { hospitalsOf, reportHospital, reportPlan, reportViewer } from './report-scope.ts';

/** The stated purpose of the analysis's reading of health data (the audit records it). */
export const ANALYSIS_PURPOSE = '体检分析报告';

/**
 * 第十六条 体检结束后…形成分析报告: the plan's examined persons counted by age band, sex, employer and
 * finding — for the 医保处 over all hospitals (or one), for a hospital's staff over their own. The
 * findings are health data: they are decrypted in memory, only counted, and each generation is
 * audited once with its purpose; small cells read "<5".
 */
export function createAnalysisService(deps: { db: Db; clock: Clock; cipher: FieldCipher }) {
  const { db, clock, cipher } = deps;

  async function generate(actor: Actor, q: { planId: string; hospitalId?: string | undefined }) {
    const v = await reportViewer(db, actor);
    const plan = await reportPlan(db, actor, v, q.planId);
    const hospital =
      v.kind === 'hospital'
        ? await reportHospital(db, v, v.hospitalId)
        : q.hospitalId
          ? await reportHospital(db, v, q.hospitalId)
          : null;
    const scope = hospital ? and(hospitalsOf(v), eq(healthCheckHospitals.id, hospital.id))! : hospitalsOf(v);
    const rows = await createAnalysisRepo(db).examined(plan.id, scope);
    const people: AnalysisPerson[] = rows.map((r) => ({
      birthDate: r.birthDate,
      gender: r.gender,
      employer: r.employer,
      findings: r.findingsEnc
        ? (JSON.parse(cipher.decrypt(r.findingsEnc)) as string[]).filter(isFindingCode)
        : [],
    }));
    await recordAudit(db, actor, {
      action: 'health_check.analysis.generate',
      targetType: 'health_check_plan',
      targetId: plan.id,
      detail: { purpose: ANALYSIS_PURPOSE, hospitalId: hospital?.id ?? null, persons: people.length },
    });
    return {
      plan: { id: plan.id, name: plan.name, startOn: plan.startOn, endOn: plan.endOn },
      hospital,
      generatedOn: clock.today(),
      figures: analysisFigures(people, plan.startOn),
    };
  }

  return {
    generate,

    /** The analysis as a sheet; the export is audited besides the generation. */
    async exportXlsx(actor: Actor, q: { planId: string; hospitalId?: string | undefined }) {
      const report = await generate(actor, q);
      await recordAudit(db, actor, {
        action: 'health_check.analysis.export',
        targetType: 'health_check_plan',
        targetId: report.plan.id,
        detail: { hospitalId: report.hospital?.id ?? null },
      });
      const scope = report.hospital?.name ?? '全部定点体检医院';
      return {
        fileName: `${report.plan.name}分析报告（${scope}）.xlsx`,
        workbook: await analysisWorkbook({ ...report, scope }),
      };
    },

    /** A hospital submits its analysis (generated now) with its narrative; a resubmission replaces it. */
    async submit(actor: Actor, input: { planId: string; narrative: string }) {
      const hospitalId = await requireOwnHospital(db, actor);
      const report = await generate(actor, { planId: input.planId });
      return db.transaction(async (tx) => {
        const row = await createAnalysisRepo(tx).save({
          hospitalId,
          planId: report.plan.id,
          figures: report.figures,
          narrative: input.narrative,
          submittedAt: clock.now(),
          submittedBy: actor.userId,
        });
        await recordAudit(tx, actor, {
          action: 'health_check.analysis.submit',
          targetType: 'health_check_analysis_report',
          targetId: row.id,
          detail: { planId: report.plan.id },
        });
        return { id: row.id, submittedAt: row.submittedAt.toISOString() };
      });
    },

    /** The hospitals' submitted analyses of a plan (the 医保处 all, a hospital its own): narratives. */
    async submissions(actor: Actor, q: { planId: string }) {
      const v = await reportViewer(db, actor);
      const plan = await reportPlan(db, actor, v, q.planId);
      const rows = await createAnalysisRepo(db).submissions(plan.id, hospitalsOf(v));
      return rows.map((r) => ({ ...r, submittedAt: r.submittedAt.toISOString() }));
    },
  };
}

export type AnalysisService = ReturnType<typeof createAnalysisService>;
