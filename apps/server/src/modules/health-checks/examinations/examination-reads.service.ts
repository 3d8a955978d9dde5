import type { Actor } from '../../../platform/access/actor.ts';
import { notFound } from '../../../platform/errors.ts';
import { healthCheckReadFilter } from '../health-check-access.ts';
import type { HealthCheckDeps } from '../health-checks.services.ts';
import { createExaminationsRepo, type ExaminationListFilter, examScopeCols } from './examinations.repo.ts';
import { examinationStatusLabels } from './examinations.schema.ts';
import { findingLabel, isSerious } from './finding-codes.ts';
import { decodeHealthData } from './health-data-codec.ts';
import { revealHealthData } from './health-data-reveal.ts';

/**
 * Reading examinations: the list (who, where, when, counts — never health data) for the hospital
 * and the 医保处 in scope, and one examination's health data for who may see it, with a purpose.
 */
export function createExaminationReadsService(deps: Pick<HealthCheckDeps, 'db' | 'cipher'>) {
  const { db, cipher } = deps;

  return {
    /** The health data of one examination, to who may see it, for the purpose they state (audited). */
    async view(actor: Actor, id: string, purpose: string) {
      const scope = await healthCheckReadFilter(db, actor, examScopeCols);
      const row = await createExaminationsRepo(db).examination(scope, id);
      if (!row) throw notFound('体检记录');
      await revealHealthData(
        db,
        actor,
        { hospitalId: row.exam.hospitalId, type: 'health_check_examination', id },
        purpose,
      );
      const d = decodeHealthData(cipher, row.exam, row.items);
      return {
        id,
        personName: row.personName,
        idNumberMasked: row.idNumberMasked,
        hospitalName: row.hospitalName,
        examinedOn: row.exam.examinedOn,
        status: row.exam.status,
        statusLabel: examinationStatusLabels[row.exam.status],
        items: row.items.map((item) => {
          const r = d.results[item.code];
          const declinedItem = row.exam.declinedItems.find((x) => x.code === item.code);
          return {
            code: item.code,
            name: item.name,
            referenceRange: item.referenceRange,
            unit: item.unit,
            outcome: r ? ('performed' as const) : declinedItem ? ('declined' as const) : ('missing' as const),
            value: r?.value ?? null,
            abnormal: r?.abnormal ?? null,
            signed: declinedItem?.signed ?? null,
          };
        }),
        conclusion: d.conclusion,
        advice: d.advice,
        findings: d.findings.map((code) => ({ code, label: findingLabel(code), serious: isSerious(code) })),
      };
    },

    /** Examinations the actor may read: who, where, when, status and counts; no health data. */
    async list(actor: Actor, f: ExaminationListFilter) {
      const scope = await healthCheckReadFilter(db, actor, examScopeCols);
      const { items, total } = await createExaminationsRepo(db).list(scope, f);
      return { total, items: items.map((i) => ({ ...i, statusLabel: examinationStatusLabels[i.status] })) };
    },
  };
}

export type ExaminationReadsService = ReturnType<typeof createExaminationReadsService>;
