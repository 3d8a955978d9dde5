import type { Actor } from '../../../platform/access/actor.ts';
import { lenientCalendar } from '../../../platform/calendar/calendar-source.ts';
import { conflict, invalid, notFound } from '../../../platform/errors.ts';
import { createCaseApplicantsRepo } from '../case-applicants.repo.ts';
import { createCasesRepo, type MaterialUpdate, nextNumber } from '../cases.repo.ts';
import { applyMaterials } from '../cases-create.service.ts';
import { stepDueDate } from '../deadlines/case-due-dates.ts';
import { type CaseDeps, runTransition } from './case-transition.ts';

export interface AcceptInput {
  version: number;
  materials?: MaterialUpdate[] | undefined;
  note?: string | undefined;
}

export interface ReturnInput extends AcceptInput {
  /** missing items that are not on the checklist (e.g. 材料须加盖公章), listed on the notice too */
  extraItems?: string[] | undefined;
}

/**
 * Acceptance (受理) at the station: the checklist decides. Complete → accepted; anything missing →
 * the case goes back with one supplement notice (一次性补正材料告知书) naming every missing item at
 * once, so the applicant never has to come back twice for the same application.
 */
export function createCasesAcceptService(deps: CaseDeps) {
  const { db } = deps;

  return {
    accept: (actor: Actor, id: string, input: AcceptInput) =>
      runTransition(deps, actor, id, {
        action: 'accept',
        version: input.version,
        work: async ({ tx, now }) => {
          await applyMaterials(tx, id, input.materials, actor.userId);
          const missing = (await createCasesRepo(tx).materials(id)).filter((m) => m.required && !m.provided);
          if (missing.length > 0) {
            throw conflict(
              `材料不齐全，不能受理，请出具一次性补正材料告知书。缺少：${missing.map((m) => m.label).join('、')}`,
            );
          }
          return { patch: { acceptedAt: now }, note: input.note ?? null };
        },
      }),

    return: (actor: Actor, id: string, input: ReturnInput) =>
      runTransition(deps, actor, id, {
        action: 'return',
        version: input.version,
        work: async ({ tx, row, type, today, now }) => {
          await applyMaterials(tx, id, input.materials, actor.userId);
          const repo = createCasesRepo(tx);
          const missing = (await repo.materials(id))
            .filter((m) => m.required && !m.provided)
            .map((m) => ({ code: m.code, label: m.label, ...(m.note ? { note: m.note } : {}) }));
          const extras = (input.extraItems ?? []).map((label, i) => ({ code: `extra${i + 1}`, label }));
          const items = [...missing, ...extras];
          if (items.length === 0) throw invalid('材料已齐全，无需补正，请直接受理');
          const notice = await repo.insertNotice({
            caseId: id,
            number: await nextNumber(tx, 'supplement', 'BZ', Number(today.slice(0, 4))),
            items,
            note: input.note ?? null,
            supplementBy: stepDueDate(type, 'supplement', today, lenientCalendar(deps.calendar)),
            issuedAt: now,
            issuedBy: actor.userId,
            issuedByName: actor.displayName,
            issuingOrgId: actor.orgId,
          });
          return {
            patch: { supplementRounds: row.supplementRounds + 1 },
            note: input.note ?? null,
            payload: { noticeNumber: notice.number, items: items.map((i) => i.label) },
          };
        },
      }),

    /** The latest supplement notice with what a printed form shows. */
    async supplementNotice(actor: Actor, id: string) {
      const repo = createCasesRepo(db);
      const row = await repo.row(actor, id, 'case:read');
      if (!row) throw notFound('案件');
      const [notice] = await repo.notices(id);
      if (!notice) throw notFound('补正材料告知书');
      const type = await deps.caseTypes.get(row.caseTypeId);
      const org = notice.issuingOrgId
        ? await createCaseApplicantsRepo(db).org(notice.issuingOrgId)
        : undefined;
      return {
        id: notice.id,
        number: notice.number,
        title: '一次性补正材料告知书',
        caseId: row.id,
        caseNumber: row.number,
        caseTypeName: type.name,
        applicantName: row.applicantName,
        items: notice.items,
        note: notice.note,
        supplementBy: notice.supplementBy,
        issuedAt: notice.issuedAt,
        issuedByName: notice.issuedByName,
        issuingOrgName: org?.name ?? null,
        printed: notice.printed,
        printedAt: notice.printedAt,
        resolvedAt: notice.resolvedAt,
      };
    },

    /** Records that the notice was printed and handed over (the form itself is the web's job). */
    async markNoticePrinted(actor: Actor, id: string) {
      const repo = createCasesRepo(db);
      const row = await repo.row(actor, id, 'case:accept');
      if (!row) throw notFound('案件');
      const [notice] = await repo.notices(id);
      if (!notice) throw notFound('补正材料告知书');
      await repo.markPrinted(notice.id);
      return { ok: true as const };
    },
  };
}
