import type { Db } from '../../db/client.ts';
import { type Actor, hasPermission } from '../../platform/access/actor.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import type { Clock } from '../../platform/clock.ts';
import { conflict, DomainError, forbidden, invalid, notFound } from '../../platform/errors.ts';
import { isUniqueViolation } from '../registry/persons/persons.service.ts';
import type { IndicatorPort } from './indicator-port.ts';
import { countFigures } from './report-generate.ts';
import { frequencyLabel, parsePeriod } from './report-period.ts';
import { templateOf } from './report-templates.ts';
import { createReportsRepo, type ReportHead } from './reports.repo.ts';

export interface GenerateInput {
  templateCode: string;
  period: string;
  orgId: number;
}

export interface ReviewInput {
  decision: 'accept' | 'return';
  note?: string | undefined;
}

const locked = () => conflict('报表已上报并锁定，如需更正请新建更正版本并说明原因');
const moved = () => new DomainError('STALE', '报表状态已被他人改变，请刷新后重试');
/** Two users generating or correcting the same report at once: the second is told to refresh. */
const unlessRace = (e: unknown): never => {
  throw isUniqueViolation(e) ? moved() : e;
};

export function templateAndPeriod(templateCode: string, periodKey: string) {
  const template = templateOf(templateCode);
  if (!template) throw notFound('报表模板');
  const period = parsePeriod(periodKey);
  if (!period) throw invalid('报告期格式应为 2026-03、2026-Q1、2026-H1 或 2026');
  if (!template.frequencies.includes(period.frequency))
    throw invalid(`「${template.title}」没有${frequencyLabel[period.frequency]}`);
  return { template, period };
}

/**
 * The life of a periodic report: generated from the records (and regenerated while a draft),
 * submitted upward and then locked, reviewed by a level above, corrected only by a new version
 * with a reason. Every step is audited in the transaction that makes it.
 */
export function createReportsService(deps: { db: Db; clock: Clock; indicators: IndicatorPort }) {
  const { db, clock, indicators } = deps;
  const repo = createReportsRepo(db);

  async function preparable(actor: Actor, id: string): Promise<ReportHead> {
    if (!hasPermission(actor, 'report:prepare')) throw forbidden();
    const head = await repo.head(actor, id, ['report:prepare']);
    if (!head) throw notFound('报表');
    return head;
  }

  async function regenerate(actor: Actor, head: ReportHead) {
    const { template, period } = templateAndPeriod(head.templateCode, head.period);
    return countFigures(indicators, actor, template, head.orgId, period);
  }

  return {
    /** Generates a report for an organisation and period, or recounts its draft. */
    async generate(actor: Actor, input: GenerateInput) {
      if (!hasPermission(actor, 'report:prepare')) throw forbidden();
      const { template, period } = templateAndPeriod(input.templateCode, input.period);
      const org = await repo.org(actor, input.orgId, ['report:prepare']);
      if (!org) throw notFound('填报单位');
      if (org.level !== template.reporterLevel) throw invalid(`「${template.title}」由街道（乡镇）填报`);
      if (period.from > clock.today()) throw invalid('报告期尚未开始，不能生成报表');
      const figures = await countFigures(indicators, actor, template, org.id, period);
      const now = clock.now();
      const saved = db.transaction(async (tx) => {
        const txRepo = createReportsRepo(tx);
        const existing = await txRepo.findId(template.code, period.key, org.id);
        if (existing) {
          const head = (await txRepo.head(actor, existing, ['report:prepare']))!;
          const ok = await txRepo.updateCurrent(
            head,
            'draft',
            { figures, generatedAt: now, generatedBy: actor.userId },
            now,
          );
          if (!ok) throw locked();
          await recordAudit(tx, actor, {
            action: 'report.regenerate',
            targetType: 'periodic_report',
            targetId: existing,
            detail: {
              templateCode: template.code,
              period: period.key,
              orgId: org.id,
              version: head.currentVersion,
            },
          });
          return { id: existing };
        }
        const id = await txRepo.insertReport({
          templateCode: template.code,
          period: period.key,
          orgId: org.id,
          orgPath: org.path,
          createdBy: actor.userId,
          createdAt: now,
          updatedAt: now,
        });
        await txRepo.insertVersion({
          reportId: id,
          version: 1,
          figures,
          generatedAt: now,
          generatedBy: actor.userId,
        });
        await recordAudit(tx, actor, {
          action: 'report.generate',
          targetType: 'periodic_report',
          targetId: id,
          detail: { templateCode: template.code, period: period.key, orgId: org.id, version: 1 },
        });
        return { id };
      });
      return saved.catch(unlessRace);
    },

    /** Submits the draft upward; from then on its figures are locked. */
    async submit(actor: Actor, id: string, input: { unitHead: string; preparer: string }) {
      const head = await preparable(actor, id);
      if (head.status !== 'draft') throw locked();
      const { period } = templateAndPeriod(head.templateCode, head.period);
      const today = clock.today();
      if (today <= period.to) throw invalid('报告期结束后才能上报');
      await db.transaction(async (tx) => {
        const ok = await createReportsRepo(tx).updateCurrent(
          head,
          'draft',
          { status: 'submitted', submittedOn: today, submittedBy: actor.userId, ...input },
          clock.now(),
        );
        if (!ok) throw moved();
        await recordAudit(tx, actor, {
          action: 'report.submit',
          targetType: 'periodic_report',
          targetId: id,
          detail: { version: head.currentVersion },
        });
      });
    },

    /** A level above accepts the submitted version or returns it for correction with a note. */
    async review(actor: Actor, id: string, input: ReviewInput) {
      if (!hasPermission(actor, 'report:review')) throw forbidden();
      const head = await repo.head(actor, id, ['report:review']);
      if (!head) throw notFound('报表');
      if (head.orgId === actor.orgId) throw forbidden('报表由上级单位审核');
      if (head.status !== 'submitted') throw conflict('只能审核已上报待审核的报表');
      const note = input.note?.trim() || null;
      if (input.decision === 'return' && !note) throw invalid('退回须说明原因');
      await db.transaction(async (tx) => {
        const ok = await createReportsRepo(tx).updateCurrent(
          head,
          'submitted',
          {
            status: input.decision === 'accept' ? 'accepted' : 'returned',
            reviewedAt: clock.now(),
            reviewedBy: actor.userId,
            reviewNote: note,
          },
          clock.now(),
        );
        if (!ok) throw moved();
        await recordAudit(tx, actor, {
          action: `report.${input.decision}`,
          targetType: 'periodic_report',
          targetId: id,
          detail: { version: head.currentVersion, ...(note ? { note } : {}) },
        });
      });
    },

    /** A correction: a new draft version, counted afresh, saying why; earlier versions are kept. */
    async correct(actor: Actor, id: string, input: { reason: string }) {
      const head = await preparable(actor, id);
      if (head.status === 'draft') throw conflict('当前版本尚未上报，可直接重新生成');
      const reason = input.reason.trim();
      if (!reason) throw invalid('更正须说明原因');
      const figures = await regenerate(actor, head);
      const now = clock.now();
      const version = head.currentVersion + 1;
      await db.transaction(async (tx) => {
        const txRepo = createReportsRepo(tx);
        await txRepo
          .insertVersion({
            reportId: id,
            version,
            figures,
            reason,
            generatedAt: now,
            generatedBy: actor.userId,
          })
          .catch(() => {
            throw moved();
          });
        await txRepo.setCurrentVersion(id, version, now);
        await recordAudit(tx, actor, {
          action: 'report.correct',
          targetType: 'periodic_report',
          targetId: id,
          detail: { version, reason },
        });
      });
      return { version };
    },
  };
}

export type ReportsService = ReturnType<typeof createReportsService>;
