import { trackMissingYears, type WorkCalendar } from '@minsheng/rules/engine/calendar.ts';
import type { Executor } from '../../db/client.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { hasPermission } from '../../platform/access/actor.ts';
import { recordAudit } from '../../platform/audit/audit.service.ts';
import { forbidden, invalid, notFound } from '../../platform/errors.ts';
import { createCaseApplicantsRepo } from './case-applicants.repo.ts';
import type { CaseTypeRow } from './case-types/case-types.repo.ts';
import { applicantKindLabels } from './case-types/case-types.service.ts';
import { createCasesRepo, type MaterialUpdate, nextNumber } from './cases.repo.ts';
import { limitDueDate } from './deadlines/case-due-dates.ts';
import { noteDueDate, type StoredDue } from './deadlines/provisional-deadlines.service.ts';
import { applyFactChanges, type FactChange } from './facts/fact-changes.ts';
import type { CaseApplicantKind } from './workflow/case-status.ts';
import { type CaseDeps, runTransition, type StepContext } from './workflow/case-transition.ts';

export interface CreateCaseInput {
  caseTypeId: string;
  applicantKind: CaseApplicantKind;
  personId?: string | undefined;
  employerId?: string | undefined;
  certificateId?: string | undefined;
  application?: Record<string, unknown> | undefined;
  materials?: MaterialUpdate[] | undefined;
}

export interface UpdateDraftInput {
  version: number;
  certificateId?: string | null | undefined;
  application?: Record<string, unknown> | undefined;
  materials?: MaterialUpdate[] | undefined;
  note?: string | undefined;
}

const personKinds: readonly CaseApplicantKind[] = ['person', 'institution_on_behalf'];

/**
 * A person the caller has already established the actor may file for, outside the actor's registry
 * scope: a trainee of the training institution's own closed class, whose roster the institution
 * files (培训机构代申领). Only services pass it, never a request body.
 */
export interface VouchedPerson {
  id: string;
  name: string;
  orgId: number;
  orgPath: string;
}

/**
 * An institution outside the organisation tree that a service files for at the filer's organisation
 * (a designated hospital whose fee settlement the 医保处 files): its name is the case's applicant.
 * Only services pass it, never a request body.
 */
export interface VouchedInstitution {
  institutionName: string;
}

/** Sets "provided" on checklist items; an unknown item code is the caller's mistake. */
export async function applyMaterials(
  tx: Executor,
  caseId: string,
  updates: readonly MaterialUpdate[] | undefined,
  userId: string,
) {
  if (!updates || updates.length === 0) return;
  const repo = createCasesRepo(tx);
  const known = new Set((await repo.materials(caseId)).map((m) => m.code));
  const unknown = updates.filter((u) => !known.has(u.code)).map((u) => u.code);
  if (unknown.length > 0)
    throw invalid(`未知的材料项：${unknown.join('、')}`, [{ path: 'materials', message: '未知材料项' }]);
  await repo.updateMaterials(caseId, updates, userId);
}

/** The applicant's own deadline: a period from the certificate, or a monthly cut-off from today. */
function applicationDeadline(
  type: CaseTypeRow,
  today: string,
  certificateIssuedOn: string | undefined,
  calendar: WorkCalendar,
): StoredDue | null {
  const limit = type.timeLimits.find((l) => l.id === 'application' || l.id === 'monthly_cutoff');
  if (!limit) return null;
  const start = limit.unit === 'day_of_month' ? today : certificateIssuedOn;
  return start
    ? { step: 'application', startOn: start, limit, dueOn: limitDueDate(limit, start, calendar) }
    : null;
}

/**
 * What submitting records, whoever submits (the applicant's screen or a roster batch): the
 * application date — the day it reached the office, from which the policy's windows count — and
 * the moment.
 */
export const submissionFields = ({ today, now }: Pick<StepContext, 'today' | 'now'>) => ({
  appliedOn: today,
  submittedAt: now,
});

export function createCasesCreateService(deps: CaseDeps) {
  const { db } = deps;
  const applicants = createCaseApplicantsRepo(db);

  async function resolveApplicant(
    actor: Actor,
    input: CreateCaseInput,
    vouched?: VouchedPerson | VouchedInstitution,
  ) {
    if (personKinds.includes(input.applicantKind)) {
      if (!input.personId) throw invalid('请选择申请人员', [{ path: 'personId', message: '必填' }]);
      const person =
        vouched && 'id' in vouched && vouched.id === input.personId
          ? vouched
          : await applicants.person(actor, input.personId);
      if (!person) throw notFound('人员');
      const org = input.applicantKind === 'institution_on_behalf' ? actor.orgId : null;
      return {
        name: person.name,
        personId: person.id,
        orgId: person.orgId,
        orgPath: person.orgPath,
        applicantOrgId: org,
      };
    }
    if (input.applicantKind === 'employer') {
      if (!input.employerId) throw invalid('请选择申请单位', [{ path: 'employerId', message: '必填' }]);
      const employer = await applicants.employer(actor, input.employerId);
      if (!employer) throw notFound('用人单位');
      // An employer's claim about one person (公益性岗位补贴 for the person placed, filed per person and
      // month) may name that person: the case's beneficiary, whose registry facts then apply.
      const concerned = input.personId ? await applicants.person(actor, input.personId) : undefined;
      if (input.personId && !concerned) throw notFound('人员');
      return {
        name: employer.name,
        employerId: employer.id,
        orgId: employer.orgId,
        orgPath: employer.orgPath,
        personId: concerned?.id,
      };
    }
    // An institution applies for itself; a claim about one person (职业介绍补贴 for the person placed)
    // names that person, whose registry facts and once-only claims then apply.
    const org = (await applicants.org(actor.orgId))!;
    const concerned = input.personId ? await applicants.person(actor, input.personId) : undefined;
    if (input.personId && !concerned) throw notFound('人员');
    // A vouched institution outside the organisation tree (a designated hospital) is the applicant and
    // the payee itself; the filing organisation only places the case.
    const outside = vouched && 'institutionName' in vouched ? vouched.institutionName : null;
    return {
      name: outside ?? org.name,
      orgId: org.id,
      orgPath: org.path,
      applicantOrgId: outside === null ? org.id : undefined,
      ...(concerned ? { personId: concerned.id } : {}),
    };
  }

  async function checkCertificate(personId: string | undefined, certificateId: string | null | undefined) {
    if (!certificateId) return undefined;
    const cert = personId ? await applicants.certificateOf(personId, certificateId) : undefined;
    if (!cert)
      throw invalid('所选证书不属于申请人员', [{ path: 'certificateId', message: '证书不属于申请人员' }]);
    return cert;
  }

  return {
    async create(actor: Actor, input: CreateCaseInput, vouched?: VouchedPerson | VouchedInstitution) {
      if (!hasPermission(actor, 'case:create')) throw forbidden();
      const type = await deps.caseTypes.get(input.caseTypeId);
      await deps.caseTypes.assertAccepting(type);
      if (!type.applicantKinds.includes(input.applicantKind)) {
        const allowed = type.applicantKinds.map((k) => applicantKindLabels[k]).join('、');
        throw invalid(
          `「${type.name}」不受理「${applicantKindLabels[input.applicantKind]}」的申请，可由${allowed}申请`,
          [{ path: 'applicantKind', message: '申请人类型不符' }],
        );
      }
      const applicant = await resolveApplicant(actor, input, vouched);
      const cert = await checkCertificate(applicant.personId, input.certificateId);
      const now = deps.clock.now();
      const today = deps.clock.today();
      const { calendar, provisionalYears } = trackMissingYears(deps.calendar.current());
      const application = applicationDeadline(type, today, cert?.issuedOn, calendar);
      const deadline = application?.dueOn ?? null;
      return db.transaction(async (tx) => {
        const repo = createCasesRepo(tx);
        const row = await repo.insert({
          number: await nextNumber(tx, 'case', 'MS', Number(today.slice(0, 4))),
          caseTypeId: type.id,
          policyId: type.policyId,
          applicantKind: input.applicantKind,
          personId: applicant.personId ?? null,
          employerId: applicant.employerId ?? null,
          applicantOrgId: applicant.applicantOrgId ?? null,
          applicantName: applicant.name,
          certificateId: cert?.id ?? null,
          application: input.application ?? {},
          applicationDeadline: deadline,
          requiresPublicNotice: type.requiresPublicNotice,
          dueOn: deadline,
          dueDates: deadline ? { application: deadline } : {},
          orgId: applicant.orgId,
          orgPath: applicant.orgPath,
          createdBy: actor.userId,
        });
        await repo.insertMaterials(
          type.materials
            .filter((m) => m.applicantKind === input.applicantKind)
            .map((m) => ({ caseId: row.id, code: m.code, label: m.label, required: m.required })),
        );
        await applyMaterials(tx, row.id, input.materials, actor.userId);
        await noteDueDate(tx, row.id, application, provisionalYears());
        await repo.addEvent({
          caseId: row.id,
          action: 'create',
          fromStatus: null,
          toStatus: 'draft',
          actorId: actor.userId,
          actorName: actor.displayName,
          at: now,
          version: row.version,
        });
        await recordAudit(tx, actor, {
          action: 'case.create',
          targetType: 'case',
          targetId: row.id,
          detail: { number: row.number, caseTypeId: type.id, applicantKind: input.applicantKind },
        });
        return row;
      });
    },

    update: (actor: Actor, id: string, input: UpdateDraftInput) =>
      runTransition(deps, actor, id, {
        action: 'update',
        version: input.version,
        work: async ({ tx, row }) => {
          const cert =
            input.certificateId === undefined
              ? undefined
              : await checkCertificate(row.personId ?? undefined, input.certificateId);
          await applyMaterials(tx, id, input.materials, actor.userId);
          return {
            patch: {
              ...(input.application ? { application: input.application } : {}),
              ...(input.certificateId === undefined ? {} : { certificateId: cert?.id ?? null }),
            },
            payload: { fields: Object.keys(input).filter((k) => k !== 'version') },
          };
        },
      }),

    /** The applicant side changes pre-filled registry facts, each with a reason (audited). */
    changeFacts: (actor: Actor, id: string, input: { version: number; changes: FactChange[] }) =>
      runTransition(deps, actor, id, {
        action: 'change_fact',
        version: input.version,
        work: ({ row, now }) => {
          const { overrides, audit } = applyFactChanges(
            row.policyId,
            row.factOverrides,
            input.changes,
            actor,
            now,
          );
          return { patch: { factOverrides: overrides }, payload: { changes: audit } };
        },
      }),

    submit: (
      actor: Actor,
      id: string,
      input: { version: number; materials?: MaterialUpdate[] | undefined },
    ) =>
      runTransition(deps, actor, id, {
        action: 'submit',
        version: input.version,
        work: async ({ tx, today, now }) => {
          await applyMaterials(tx, id, input.materials, actor.userId);
          return { patch: submissionFields({ today, now }) };
        },
      }),

    resubmit: (
      actor: Actor,
      id: string,
      input: { version: number; materials?: MaterialUpdate[] | undefined; note?: string | undefined },
    ) =>
      runTransition(deps, actor, id, {
        action: 'resubmit',
        version: input.version,
        work: async ({ tx, now }) => {
          await applyMaterials(tx, id, input.materials, actor.userId);
          await createCasesRepo(tx).resolveNotices(id);
          return { patch: { submittedAt: now }, note: input.note ?? null };
        },
      }),

    withdraw: (actor: Actor, id: string, input: { version: number; note?: string | undefined }) =>
      runTransition(deps, actor, id, {
        action: 'withdraw',
        version: input.version,
        work: () => ({ note: input.note ?? null }),
      }),
  };
}
