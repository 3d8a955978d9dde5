import { addYears } from '@minsheng/rules/engine/dates.ts';
import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { hasPermission } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import { dateRanges, rangeViolation } from '../../../platform/dates/date-ranges.ts';
import { conflict, DomainError, forbidden, invalid, notFound } from '../../../platform/errors.ts';
import {
  contractAtLeastYears,
  contractInForceOn,
  contractTermMonths,
} from '../contributions/insurance-evidence.ts';
import { createContractsRepo, employerInScope, personInScope } from './contracts.repo.ts';
import { type ContractTermKind, contractTermKindLabels } from './contracts.schema.ts';

export interface ContractInput {
  employerId: string;
  termKind: ContractTermKind;
  position?: string | null | undefined;
  signedOn: string;
  startsOn: string;
  /** Agreed end; required for fixed terms, absent for open-ended ones. */
  endsOn?: string | null | undefined;
}

export interface ContractPatch {
  termKind?: ContractTermKind | undefined;
  position?: string | null | undefined;
  signedOn?: string | undefined;
  startsOn?: string | undefined;
  endsOn?: string | null | undefined;
  /** Ends the contract early (解除/终止) with a reason; null clears a mistaken early end. */
  endedOn?: string | null | undefined;
  endReason?: string | null | undefined;
  version?: number | undefined;
}

interface Terms {
  termKind: ContractTermKind;
  signedOn: string;
  startsOn: string;
  endsOn: string | null;
  endedOn: string | null;
  endReason: string | null;
}

/** Contracts are signed by workers: not before the statutory minimum working age. */
const MIN_WORKING_AGE = 16;
export const OVERLAPPING_CONTRACT_MESSAGE = '该人员与该单位已有期限重叠的劳动合同';

/**
 * Checks a contract's dates against each other, today and the person's birth date; throws
 * VALIDATION_FAILED listing every problem.
 */
export function checkContractTerms(t: Terms, birthDate: string, today: string): void {
  const errors = contractTermViolations(t, birthDate, today);
  if (errors.length > 0) throw invalid(errors.map((e) => e.message).join('；'), errors);
}

/** Every problem of a contract's terms, each on its field (the importer reports them per column). */
export function contractTermViolations(t: Terms, birthDate: string, today: string) {
  const errors: { path: string; message: string }[] = [];
  const fail = (path: string, message: string) => errors.push({ path, message });
  const label = contractTermKindLabels[t.termKind];
  const dates = [
    rangeViolation('signedOn', '签订日期', t.signedOn, dateRanges.working),
    rangeViolation('startsOn', '合同起始日期', t.startsOn, dateRanges.working),
    t.endsOn ? rangeViolation('endsOn', '合同终止日期', t.endsOn, dateRanges.working) : null,
    t.endedOn ? rangeViolation('endedOn', '解除（终止）日期', t.endedOn, dateRanges.working) : null,
  ].filter((v) => v !== null);
  // Dates outside the calendar the platform keeps are reported alone: the other checks compute with them.
  if (dates.length > 0) return dates;
  if (t.termKind === 'fixed' && !t.endsOn) fail('endsOn', `${label}劳动合同须填写合同终止日期`);
  if (t.termKind === 'open_ended' && t.endsOn) fail('endsOn', `${label}劳动合同不填写合同终止日期`);
  if (t.endsOn && t.endsOn <= t.startsOn)
    fail('endsOn', `合同终止日期「${t.endsOn}」须晚于起始日期「${t.startsOn}」`);
  if (t.signedOn > today) fail('signedOn', `签订日期「${t.signedOn}」晚于今天`);
  const adult = addYears(birthDate, MIN_WORKING_AGE);
  if (t.startsOn < adult)
    fail('startsOn', `合同起始日期「${t.startsOn}」早于劳动者年满${MIN_WORKING_AGE}周岁（${adult}）`);
  if (t.endedOn) {
    if (t.endedOn < t.startsOn)
      fail('endedOn', `解除（终止）日期「${t.endedOn}」早于合同起始日期「${t.startsOn}」`);
    if (t.endsOn && t.endedOn > t.endsOn)
      fail('endedOn', `解除（终止）日期「${t.endedOn}」晚于合同约定的终止日期「${t.endsOn}」`);
    if (t.endedOn > today) fail('endedOn', `解除（终止）日期「${t.endedOn}」晚于今天`);
    if (!t.endReason) fail('endReason', '请填写解除或终止劳动合同的原因');
  } else if (t.endReason) fail('endReason', '未填写解除（终止）日期时不能填写原因');
  return errors;
}

export interface ContractSpan {
  startsOn: string;
  endsOn: string | null;
  endedOn: string | null;
}

/**
 * Two contracts' terms share a day: each runs from its start to its early end, else its agreed
 * end, else on (both days included) — the in-memory twin of the repository's `overlapping`.
 */
export function contractsOverlap(a: ContractSpan, b: ContractSpan): boolean {
  const aEnd = a.endedOn ?? a.endsOn;
  const bEnd = b.endedOn ?? b.endsOn;
  return (bEnd === null || a.startsOn <= bEnd) && (aEnd === null || b.startsOn <= aEnd);
}

/** What a contract means as evidence, computed on read so it always follows today's date. */
export function contractView<
  T extends Terms & { employerName: string; employerCreditCode: string; employerId: string },
>(row: T, today: string) {
  const { employerName, employerCreditCode, ...rest } = row;
  return {
    ...rest,
    employer: { id: row.employerId, name: employerName, creditCode: employerCreditCode },
    termMonths: contractTermMonths(row),
    atLeastOneYear: contractAtLeastYears(row, 1),
    inForce: contractInForceOn(row, today),
  };
}

const stale = () => new DomainError('STALE', '该劳动合同已被他人修改，请刷新后重试');
const trimOrNull = (v: string | null | undefined) => v?.trim() || null;

export function createContractsService(deps: { db: Db; clock: Clock }) {
  const { db } = deps;
  const repo = createContractsRepo(db);

  return {
    async listOfPerson(actor: Actor, personId: string) {
      if (!(await personInScope(db, actor, personId, 'person:read'))) throw notFound('人员');
      const today = deps.clock.today();
      return { items: (await repo.listOfPerson(personId)).map((r) => contractView(r, today)) };
    },

    async listOfEmployer(
      actor: Actor,
      employerId: string,
      query: { current?: boolean | undefined; page: number; pageSize: number },
    ) {
      if (!(await employerInScope(db, actor, employerId))) throw notFound('用人单位');
      const today = deps.clock.today();
      const { rows, total, outOfScope } = await repo.listOfEmployer(actor, employerId, {
        ...query,
        inForceOn: query.current ? today : undefined,
      });
      const items = rows.map(({ personName, personIdNumberMasked, ...r }) => ({
        ...contractView(r, today),
        person: { id: r.personId, name: personName, idNumberMasked: personIdNumberMasked },
      }));
      return { items, total, outOfScope };
    },

    /** Records a contract; the importer calls this with rows it has parsed. */
    async create(actor: Actor, personId: string, input: ContractInput) {
      if (!hasPermission(actor, 'person:write') || !hasPermission(actor, 'employer:read')) throw forbidden();
      const person = await personInScope(db, actor, personId, 'person:write');
      if (!person) throw notFound('人员');
      if (!(await employerInScope(db, actor, input.employerId))) throw notFound('用人单位');
      const terms: Terms = {
        termKind: input.termKind,
        signedOn: input.signedOn,
        startsOn: input.startsOn,
        endsOn: input.endsOn ?? null,
        endedOn: null,
        endReason: null,
      };
      checkContractTerms(terms, person.birthDate, deps.clock.today());
      // The answer is built inside the transaction: if it cannot be built, nothing is saved.
      return db.transaction(async (tx) => {
        const txRepo = createContractsRepo(tx);
        if (
          await txRepo.overlapping({
            personId,
            employerId: input.employerId,
            startsOn: terms.startsOn,
            endsOn: terms.endsOn,
          })
        )
          throw conflict(OVERLAPPING_CONTRACT_MESSAGE);
        const row = await txRepo.insert({
          personId,
          employerId: input.employerId,
          ...terms,
          position: trimOrNull(input.position),
          orgId: person.orgId,
          orgPath: person.orgPath,
          createdBy: actor.userId,
        });
        await recordAudit(tx, actor, {
          action: 'contract.create',
          targetType: 'labour_contract',
          targetId: row.id,
          detail: {
            personId,
            employerId: input.employerId,
            termKind: input.termKind,
            startsOn: input.startsOn,
          },
        });
        return contractView((await txRepo.one(row.id))!, deps.clock.today());
      });
    },

    async update(actor: Actor, id: string, patch: ContractPatch) {
      if (!hasPermission(actor, 'person:write') || !hasPermission(actor, 'employer:read')) throw forbidden();
      const current = await repo.row(actor, id, 'person:write');
      if (!current) throw notFound('劳动合同');
      if (patch.version !== undefined && patch.version !== current.version) throw stale();
      const person = (await personInScope(db, actor, current.personId, 'person:write'))!;
      const pick = <K extends keyof Terms>(k: K): Terms[K] =>
        patch[k] === undefined ? current[k] : (patch[k] as Terms[K]);
      const terms: Terms = {
        termKind: pick('termKind'),
        signedOn: pick('signedOn'),
        startsOn: pick('startsOn'),
        endsOn: pick('endsOn'),
        endedOn: pick('endedOn'),
        endReason: patch.endReason === undefined ? current.endReason : trimOrNull(patch.endReason),
      };
      // An open-ended contract has no agreed end even if the client still sends the old one.
      if (patch.termKind === 'open_ended' && patch.endsOn === undefined) terms.endsOn = null;
      checkContractTerms(terms, person.birthDate, deps.clock.today());
      const changes = {
        ...terms,
        ...(patch.position === undefined ? {} : { position: trimOrNull(patch.position) }),
      };
      return db.transaction(async (tx) => {
        const txRepo = createContractsRepo(tx);
        const { personId, employerId } = current;
        const endsOn = terms.endedOn ?? terms.endsOn;
        if (await txRepo.overlapping({ id, personId, employerId, startsOn: terms.startsOn, endsOn }))
          throw conflict(OVERLAPPING_CONTRACT_MESSAGE);
        if (!(await txRepo.update(id, current.version, changes))) throw stale();
        const fields = Object.keys(patch).filter((k) => k !== 'version');
        await recordAudit(tx, actor, {
          action: terms.endedOn && !current.endedOn ? 'contract.end' : 'contract.update',
          targetType: 'labour_contract',
          targetId: id,
          detail: {
            personId: current.personId,
            fields,
            ...(terms.endedOn ? { endedOn: terms.endedOn } : {}),
          },
        });
        return contractView((await txRepo.one(id))!, deps.clock.today());
      });
    },
  };
}

export type ContractsService = ReturnType<typeof createContractsService>;
