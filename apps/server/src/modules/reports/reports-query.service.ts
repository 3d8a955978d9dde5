import type { Db } from '../../db/client.ts';
import { type Actor, hasPermission } from '../../platform/access/actor.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { type CalendarSource, lenientCalendar } from '../../platform/calendar/calendar-source.ts';
import type { Clock } from '../../platform/clock.ts';
import { forbidden, notFound } from '../../platform/errors.ts';
import type { IndicatorPort } from './indicator-port.ts';
import { reportReading } from './report-access.ts';
import { dueDaysOf, dueOn, isOverdue } from './report-due.ts';
import { changedCells, type Figures, rollUp } from './report-figures.ts';
import { countFigures } from './report-generate.ts';
import { parsePeriod, recentPeriods } from './report-period.ts';
import { reportTable } from './report-table.ts';
import { type ReportTemplate, reportTemplates, templateOf } from './report-templates.ts';
import { reportWorkbook } from './report-xlsx.ts';
import { createReportsRepo, type ReportHead, type ReportVersionRow } from './reports.repo.ts';
import { templateAndPeriod } from './reports.service.ts';

export interface ReportListQuery {
  templateCode?: string | undefined;
  period?: string | undefined;
  orgId?: number | undefined;
  page: number;
  pageSize: number;
}

const pick = ({ reason, unitHead, preparer, submittedOn }: ReportVersionRow) => ({
  reason,
  unitHead,
  preparer,
  submittedOn,
});

/**
 * What users read about periodic reports: the templates and their deadlines, lists, one report
 * with its versions, the figures recounted now beside the stored ones and the changes between
 * versions, and a level's overview of its reporters with the roll-up of their submissions.
 */
export function createReportsQueryService(deps: {
  db: Db;
  clock: Clock;
  calendar: CalendarSource;
  indicators: IndicatorPort;
}) {
  const { db, clock, indicators } = deps;
  const repo = createReportsRepo(db);

  async function dueSettings() {
    return new Map((await repo.dueSettings()).map((s) => [s.templateCode, s.workingDays]));
  }

  function dueOf(t: ReportTemplate, periodKey: string, settings: Map<string, number>) {
    return dueOn(parsePeriod(periodKey)!, dueDaysOf(t, settings), lenientCalendar(deps.calendar));
  }

  function withDue(head: ReportHead, settings: Map<string, number>) {
    const template = templateOf(head.templateCode)!;
    const due = dueOf(template, head.period, settings);
    const submitted = head.currentVersion > 1 || head.status !== 'draft';
    return {
      ...head,
      title: template.title,
      periodLabel: parsePeriod(head.period)!.label,
      dueOn: due,
      overdue: isOverdue(due, clock.today(), submitted),
    };
  }

  async function visibleOrg(actor: Actor, orgId: number) {
    const org = await repo.org(actor, orgId, [...reportReading]);
    if (!org) throw notFound('机构');
    return org;
  }

  /**
   * One report in a version (the current one by default) with its stored figures, the figures
   * counted now (`live`, to show beside those that differ), all versions and the cells the
   * version changed against the one before.
   */
  async function get(actor: Actor, id: string, versionNumber?: number) {
    const head = await repo.head(actor, id);
    if (!head) throw notFound('报表');
    const all = await repo.versions(id);
    const selected = all.find((v) => v.version === (versionNumber ?? head.currentVersion));
    if (!selected) throw notFound('报表版本');
    const previous = all.find((v) => v.version === selected.version - 1);
    const { template, period } = templateAndPeriod(head.templateCode, head.period);
    // Recounting needs the statistics scope; without it the stored figures are shown alone.
    const live = hasPermission(actor, 'stats:read')
      ? await countFigures(indicators, actor, template, head.orgId, period)
      : undefined;
    return {
      ...withDue(head, await dueSettings()),
      template,
      period,
      version: selected,
      versions: all.map(({ figures: _f, ...v }) => v),
      table: reportTable(template, selected.figures, live),
      changes: previous ? changedCells(template, previous.figures, selected.figures) : [],
    };
  }

  return {
    get,

    /** The templates with their deadlines and the periods one may generate now, latest first. */
    async templates() {
      const settings = await dueSettings();
      const today = clock.today();
      return reportTemplates.map((t) => ({
        ...t,
        dueWorkingDays: dueDaysOf(t, settings),
        recentPeriods: recentPeriods(t.frequencies, today).map((p) => ({
          key: p.key,
          label: p.label,
          dueOn: dueOf(t, p.key, settings),
        })),
      }));
    },

    async setDueDays(actor: Actor, templateCode: string, workingDays: number) {
      if (!hasPermission(actor, 'report:review')) throw forbidden();
      if (!templateOf(templateCode)) throw notFound('报表模板');
      await db.transaction(async (tx) => {
        await createReportsRepo(tx).saveDueSetting({ templateCode, workingDays, updatedBy: actor.userId });
        await recordAudit(tx, actor, {
          action: 'report.due_setting',
          targetType: 'report_template',
          targetId: templateCode,
          detail: { workingDays },
        });
      });
    },

    async list(actor: Actor, q: ReportListQuery) {
      const orgPath = q.orgId === undefined ? undefined : (await visibleOrg(actor, q.orgId)).path;
      const page = await repo.list(
        actor,
        {
          ...(q.templateCode ? { templateCode: q.templateCode } : {}),
          ...(q.period ? { period: q.period } : {}),
          ...(orgPath ? { orgPath } : {}),
        },
        q,
      );
      const settings = await dueSettings();
      return { total: page.total, items: page.items.map((h) => withDue(h, settings)) };
    },

    /**
     * A level's view of one template and period: every reporting organisation below it with its
     * report's state, deadline and whether it is overdue, and the roll-up of the submitted figures.
     */
    async overview(actor: Actor, q: { templateCode: string; period: string; orgId?: number | undefined }) {
      const { template, period } = templateAndPeriod(q.templateCode, q.period);
      const org = await visibleOrg(actor, q.orgId ?? actor.orgId);
      const [reporters, heads, settings] = await Promise.all([
        repo.orgsAtLevel(org.path, template.reporterLevel),
        repo.inSubtree(template.code, period.key, org.path),
        dueSettings(),
      ]);
      const due = dueOf(template, period.key, settings);
      const submitted = await repo.lastSubmitted(heads.map((h) => h.id));
      const submittedBy = new Map(submitted.map((v) => [v.reportId, v]));
      const rows = reporters.map((r) => {
        const head = heads.find((h) => h.orgId === r.id);
        const last = head ? submittedBy.get(head.id) : undefined;
        return {
          org: { id: r.id, name: r.name },
          report: head ? { id: head.id, status: head.status, currentVersion: head.currentVersion } : null,
          submittedVersion: last ? { version: last.version, submittedOn: last.submittedOn } : null,
          figures: (last?.figures ?? null) as Figures | null,
          dueOn: due,
          overdue: isOverdue(due, clock.today(), Boolean(last)),
        };
      });
      const included = rows.flatMap((r) => (r.figures ? [r.figures] : []));
      return {
        template,
        period,
        org: { id: org.id, name: org.name },
        dueOn: due,
        rows,
        rollUp: {
          table: reportTable(template, rollUp(template, included)),
          reporters: included.length,
          of: rows.length,
        },
      };
    },

    /** A report version as an xlsx workbook with its file name; the export is audited. */
    async exportXlsx(actor: Actor, id: string, versionNumber: number | undefined) {
      const r = await get(actor, id, versionNumber);
      const { version: v } = r;
      const workbook = await reportWorkbook({ ...r, figures: v.figures, version: v.version, ...pick(v) });
      await db.transaction((tx) =>
        recordAudit(tx, actor, {
          action: 'report.export',
          targetType: 'periodic_report',
          targetId: id,
          detail: { version: v.version },
        }),
      );
      return { workbook, fileName: `${r.orgName}${r.period.label}${r.template.title}.xlsx` };
    },
  };
}

export type ReportsQueryService = ReturnType<typeof createReportsQueryService>;
