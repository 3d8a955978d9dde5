import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Version } from '../../../platform/http/input-schemas.ts';
import { actorOf, requirePermission } from '../../../platform/http/session-hook.ts';
import { Reference } from '../../policy/policy.views.ts';
import { applicantKinds } from '../workflow/case-status.ts';
import type { CaseTypesService } from './case-types.service.ts';

const tags = ['经办事项'];
const Params = z.object({ id: z.string().min(1).max(100) });
const ApplicantKind = z.enum(applicantKinds);
const Unit = z.enum(['days', 'working_days', 'day_of_month']);
/** A case type as the service's view answers it: the row, the policy's facts and the settings in force. */
const CaseType = z.object({
  id: z.string(),
  policyId: z.string(),
  name: z.string(),
  /** whether the type accepts applications now */
  enabled: z.boolean(),
  /** the administrator's choice; null: as the deployment's jurisdictions decide */
  enabledSetting: z.boolean().nullable(),
  jurisdiction: z.object({ code: z.string(), name: z.string() }),
  /** the local name of the policy's jurisdiction when it is one of the deployment's, else null */
  localJurisdiction: z.string().nullable(),
  applicantKinds: z.array(ApplicantKind),
  /** the applicant kinds the policy allows (what `applicantKinds` may be chosen from) */
  policyApplicantKinds: z.array(ApplicantKind),
  requiresPublicNotice: z.boolean(),
  /** length of the public notice (公示期) in working days */
  publicNoticeDays: z.number().int(),
  paysMoney: z.boolean(),
  materials: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      applicantKind: ApplicantKind,
      /** the catalogue's list label */
      group: z.string(),
      clause: z.string().optional(),
      required: z.boolean(),
    }),
  ),
  approvalChain: z.object({
    steps: z.array(
      z.object({ step: z.enum(['accept', 'review', 'approve']), label: z.string(), permission: z.string() }),
    ),
    /** 审核与审批分离: the approver must not be the reviewer */
    distinctApprover: z.boolean(),
    /** the ceiling in force (the default where none is set), in per cent of the rule's amount */
    raiseCeilingPercent: z.number(),
  }),
  timeLimits: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      unit: Unit,
      amount: z.number(),
      from: z.string(),
      /** the policy clause; empty for the bureau's default step limits */
      clause: z.string(),
      holidayPostponement: z.boolean(),
      /** policy: from the policy text; default: the bureau's default step limit; admin: set by an administrator */
      source: z.enum(['policy', 'default', 'admin']),
    }),
  ),
  /** the policy document, named as the deployment configured it */
  document: Reference,
  validity: z.object({ from: z.string(), to: z.string().nullable(), clause: z.string() }),
  updatedBy: z.string().nullable(),
  createdAt: z.date(),
  updatedAt: z.date(),
  version: z.number().int(),
});
const Settings = z.object({
  version: Version,
  /** null: as the deployment's jurisdictions decide */
  enabled: z.boolean().nullable().optional(),
  applicantKinds: z.array(ApplicantKind).max(4).optional(),
  materials: z
    .array(
      z.object({
        code: z.string().trim().min(1).max(40).optional(),
        label: z.string().trim().min(1).max(200),
        applicantKind: ApplicantKind,
        group: z.string().trim().max(200).default(''),
        clause: z.string().trim().max(100).optional(),
        required: z.boolean().default(true),
      }),
    )
    .max(100)
    .optional(),
  timeLimits: z
    .array(
      z.object({
        id: z.string().trim().min(1).max(40),
        label: z.string().trim().min(1).max(100),
        unit: Unit,
        amount: z.number().int().min(1).max(366),
        from: z.string().trim().max(200),
        clause: z.string().trim().max(100).default(''),
        holidayPostponement: z.boolean(),
      }),
    )
    .max(50)
    .optional(),
  requiresPublicNotice: z.boolean().optional(),
  publicNoticeDays: z.number().int().min(1).max(30).optional(),
  distinctApprover: z.boolean().optional(),
  raiseCeilingPercent: z
    .number({ error: '上调上限须为 0 至 100 之间的整数' })
    .int('上调上限须为 0 至 100 之间的整数')
    .min(0, '上调上限须为 0 至 100 之间的整数')
    .max(100, '上调上限须为 0 至 100 之间的整数')
    .optional(),
});

export const caseTypesRoutes =
  (caseTypes: CaseTypesService): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/case-types',
      {
        onRequest: requirePermission('case:read'),
        schema: {
          tags,
          summary: '经办事项列表（由政策目录生成，含管理员设置）',
          response: { 200: z.array(CaseType) },
        },
      },
      async () => (await caseTypes.list()).map((t) => ({ ...t })),
    );
    app.get(
      '/api/case-types/:id',
      {
        onRequest: requirePermission('case:read'),
        schema: {
          tags,
          summary: '经办事项详情：材料清单、申请人类型、审批流程、办理时限',
          params: Params,
          response: { 200: CaseType },
        },
      },
      async (req) => ({ ...(await caseTypes.detail(req.params.id)) }),
    );
    app.put(
      '/api/case-types/:id',
      {
        onRequest: requirePermission('case:configure'),
        schema: {
          tags,
          summary: '设置经办事项（乐观锁 version；记入审计日志）',
          params: Params,
          body: Settings,
          response: { 200: CaseType },
        },
      },
      async (req) => ({ ...(await caseTypes.updateSettings(actorOf(req), req.params.id, req.body)) }),
    );
  };
