import { z } from 'zod';
import { orgLevels } from '../../platform/orgs/orgs.schema.ts';
import { frequencies } from './report-period.ts';
import { columnKeys } from './report-templates.ts';
import { reportVersionStatuses } from './reports.schema.ts';

/** The HTTP shapes of periodic reports (zod, also the OpenAPI document and the web's types). */
export const Figure = z.union([
  z.object({ value: z.number().nullable(), reason: z.string().optional() }),
  z.object({ numerator: z.number(), denominator: z.number() }),
]);
export const Figures = z.record(z.string(), Figure);

export const Template = z.object({
  code: z.string(),
  title: z.string(),
  formNumber: z.string(),
  prescribedBy: z.string(),
  frequencies: z.array(z.enum(frequencies)),
  reporterLevel: z.enum(orgLevels),
  columns: z.array(z.object({ key: z.enum(columnKeys), label: z.string() })),
  rows: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      indent: z.literal(1).optional(),
      unit: z.string(),
      indicator: z.string(),
      source: z.string(),
      stock: z.boolean().optional(),
      sums: z.boolean().optional(),
    }),
  ),
  due: z.object({ workingDays: z.number().int(), basis: z.string() }),
});
export const TemplateWithDue = Template.extend({
  dueWorkingDays: z.number().int(),
  recentPeriods: z.array(z.object({ key: z.string(), label: z.string(), dueOn: z.string() })),
});

export const Period = z.object({
  key: z.string(),
  frequency: z.enum(frequencies),
  year: z.number().int(),
  from: z.string(),
  to: z.string(),
  label: z.string(),
});

const Status = z.enum(reportVersionStatuses);

export const ReportItem = z.object({
  id: z.string(),
  templateCode: z.string(),
  title: z.string(),
  period: z.string(),
  periodLabel: z.string(),
  orgId: z.number(),
  orgName: z.string(),
  currentVersion: z.number().int(),
  status: Status,
  submittedOn: z.string().nullable(),
  dueOn: z.string(),
  overdue: z.boolean(),
  updatedAt: z.date(),
});

export const VersionSummary = z.object({
  id: z.string(),
  version: z.number().int(),
  status: Status,
  generatedAt: z.date(),
  reason: z.string().nullable(),
  unitHead: z.string().nullable(),
  preparer: z.string().nullable(),
  submittedOn: z.string().nullable(),
  reviewedAt: z.date().nullable(),
  reviewNote: z.string().nullable(),
});

const Cell = z.object({
  value: z.number().nullable(),
  reason: z.string().nullable(),
  live: z.number().nullable().optional(),
  differs: z.boolean().optional(),
});
export const Table = z.object({
  columns: z.array(z.object({ key: z.enum(columnKeys), label: z.string() })),
  rows: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      indent: z.number().int(),
      unit: z.string(),
      source: z.string(),
      definition: z.string(),
      cells: z.array(Cell.nullable()),
    }),
  ),
});

export const ReportDetail = ReportItem.extend({
  template: Template,
  period: Period,
  version: VersionSummary.extend({ figures: Figures }),
  versions: z.array(VersionSummary),
  table: Table,
  changes: z.array(
    z.object({
      key: z.string(),
      row: z.string(),
      column: z.string(),
      before: Figure.nullable(),
      after: Figure.nullable(),
    }),
  ),
});

export const Overview = z.object({
  template: Template,
  period: Period,
  org: z.object({ id: z.number(), name: z.string() }),
  dueOn: z.string(),
  rows: z.array(
    z.object({
      org: z.object({ id: z.number(), name: z.string() }),
      report: z.object({ id: z.string(), status: Status, currentVersion: z.number().int() }).nullable(),
      submittedVersion: z
        .object({ version: z.number().int(), submittedOn: z.string().nullable() })
        .nullable(),
      dueOn: z.string(),
      overdue: z.boolean(),
    }),
  ),
  rollUp: z.object({ table: Table, reporters: z.number().int(), of: z.number().int() }),
});
