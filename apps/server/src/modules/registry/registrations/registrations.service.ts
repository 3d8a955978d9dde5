import { yuanToFen } from '@minsheng/rules/engine/money.ts';
import type { Db, Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { hasPermission } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import { assertDictValue } from '../../../platform/dictionaries/dict-value.ts';
import { conflict, DomainError, forbidden, invalid, notFound } from '../../../platform/errors.ts';
import { isUniqueViolation } from '../persons/persons.service.ts';
import {
  CERTIFICATE_TAKEN_MESSAGE,
  employmentViolations,
  OPEN_EMPLOYMENT_MESSAGE,
  OPEN_UNEMPLOYMENT_MESSAGE,
  unemploymentHistoryViolation,
  unemploymentViolations,
} from './registration-input-rules.ts';
import {
  benefitViolation,
  checkEndDate,
  checkNoOverlap,
  type PersonFacts,
  REGISTRATION_CLAUSE,
  registrationPlace,
  retirementDateOf,
  type Violation,
} from './registration-rules.ts';
import { createRegistrationsRepo, type RecordFilter } from './registrations.repo.ts';

export interface EmploymentInput {
  employerId?: string | null | undefined;
  employerName?: string | null | undefined;
  form: string;
  startedOn: string;
}

export interface UnemploymentInput {
  registeredOn: string;
  /** The registering station; by default the street station above the person. */
  stationId?: number | undefined;
  certificateNumber: string;
  reason: string;
}

/** 失业保险金 of a registration: the benefit period and the entitled total (yuan), or none. */
export interface BenefitInput {
  benefitFrom: string | null;
  benefitUntil: string | null;
  benefitTotal: string | null;
  version: number;
}

export interface EndInput {
  endedOn: string;
  endReason: string;
  version: number;
}

export { CERTIFICATE_TAKEN_MESSAGE };

export const fail = (v: Violation | null) => {
  if (v) throw invalid(v.message, [v]);
};
const stale = (what: string) => new DomainError('STALE', `该${what}已被他人修改，请刷新后重试`);
type Person = PersonFacts & { id: string; orgId: number; orgPath: string };

/**
 * 就业登记 and 失业登记 of a person. The create functions take already-shaped input and do every
 * domain check themselves, so the Excel importer can call them for each row.
 */
export function createRegistrationsService(deps: { db: Db; clock: Clock }) {
  const { db } = deps;
  const repo = createRegistrationsRepo(db);

  async function writablePerson(actor: Actor, personId: string): Promise<Person> {
    if (!hasPermission(actor, 'person:write')) throw forbidden();
    const person = await repo.person(actor, personId, 'person:write');
    if (!person) throw notFound('人员');
    return person as Person;
  }

  async function readablePerson(actor: Actor, personId: string) {
    const person = await repo.person(actor, personId, 'person:read');
    if (!person) throw notFound('人员');
    return person as Person;
  }

  async function checkEmploymentInput(person: Person, input: EmploymentInput) {
    await assertDictValue(db, 'employment_form', input.form, '就业形式', { path: 'form' });
    if (input.employerId && !(await repo.employerName(input.employerId)))
      fail({ path: 'employerId', message: '所选用人单位不存在' });
    const fields = {
      form: input.form,
      employerId: input.employerId ?? null,
      employerName: input.employerName ?? null,
      startedOn: input.startedOn,
    };
    fail(employmentViolations(person, fields, deps.clock.today())[0] ?? null);
  }

  /**
   * Opening an employment registration closes an open unemployment registration with 已就业 on the
   * day work starts, rather than refusing: unemployment registration is for people 「处于无业状态」
   * (`001 篇3 五(四)`), so the moment work starts that state has ended, and the employment
   * registration is the record that proves it — demanding a separate close first would only let
   * the two records disagree.
   */
  async function createEmploymentRegistration(actor: Actor, personId: string, input: EmploymentInput) {
    const person = await writablePerson(actor, personId);
    await checkEmploymentInput(person, input);
    const id = await db
      .transaction(async (tx) => {
        const r = createRegistrationsRepo(tx);
        if (await r.openEmployment(personId)) throw conflict(OPEN_EMPLOYMENT_MESSAGE);
        fail(checkNoOverlap('就业日期', 'startedOn', input.startedOn, await r.employmentPeriods(personId)));
        const unemployment = await r.openUnemployment(personId);
        if (unemployment && input.startedOn < unemployment.registeredOn)
          fail({
            path: 'startedOn',
            message: `就业日期「${input.startedOn}」早于本人有效失业登记的登记日期「${unemployment.registeredOn}」`,
          });
        const row = await r.insertEmployment({
          personId,
          employerId: input.employerId || null,
          employerName: input.employerId ? null : input.employerName?.trim() || null,
          form: input.form,
          startedOn: input.startedOn,
          orgId: person.orgId,
          orgPath: person.orgPath,
          createdBy: actor.userId,
        });
        await recordAudit(tx, actor, {
          action: 'employment_registration.create',
          targetType: 'employment_registration',
          targetId: row.id,
          detail: {
            personId,
            form: input.form,
            startedOn: input.startedOn,
            employerId: input.employerId ?? null,
          },
        });
        if (unemployment) await closeUnemployment(tx, actor, unemployment, input.startedOn, 'employed', true);
        return row.id;
      })
      .catch((e: unknown) => {
        if (isUniqueViolation(e)) throw conflict(OPEN_EMPLOYMENT_MESSAGE);
        throw e;
      });
    return (await repo.oneEmployment(id))!;
  }

  async function closeUnemployment(
    tx: Executor,
    actor: Actor,
    row: { id: string; personId: string; version: number },
    endedOn: string,
    endReason: string,
    automatic: boolean,
  ) {
    if (!(await createRegistrationsRepo(tx).endUnemployment(row.id, row.version, endedOn, endReason)))
      throw stale('失业登记');
    await recordAudit(tx, actor, {
      action: 'unemployment_registration.end',
      targetType: 'unemployment_registration',
      targetId: row.id,
      detail: {
        personId: row.personId,
        endedOn,
        endReason,
        ...(automatic ? { byEmploymentRegistration: true } : {}),
      },
    });
  }

  async function checkUnemploymentInput(person: Person, input: UnemploymentInput) {
    await assertDictValue(db, 'unemployment_reason', input.reason, '失业原因', { path: 'reason' });
    const station = input.stationId ? await repo.org(input.stationId) : await repo.stationFor(person.orgPath);
    if (!station) return fail({ path: 'stationId', message: '登记机构不存在' });
    fail(unemploymentViolations(person, input.registeredOn, station, deps.clock.today())[0] ?? null);
    return station;
  }

  /** 失业登记: working age, not employed, at the place the seed allows, with a 《就业创业证》. */
  async function createUnemploymentRegistration(actor: Actor, personId: string, input: UnemploymentInput) {
    const person = await writablePerson(actor, personId);
    const station = (await checkUnemploymentInput(person, input))!;
    const certificateNumber = input.certificateNumber.trim().toUpperCase();
    const id = await db
      .transaction(async (tx) => {
        const r = createRegistrationsRepo(tx);
        const employed = await r.openEmployment(personId);
        if (employed)
          throw conflict(
            `本人有未终止的就业登记（自${employed.startedOn}起），处于就业状态，不能办理失业登记；请先终止就业登记（${REGISTRATION_CLAUSE}：失业登记限“处于无业状态”的人员）`,
          );
        if (await r.openUnemployment(personId)) throw conflict(OPEN_UNEMPLOYMENT_MESSAGE);
        const employment = await r.employmentPeriods(personId);
        const period = { startedOn: input.registeredOn, endedOn: null };
        fail(unemploymentHistoryViolation(person, period, employment, await r.unemploymentPeriods(personId)));
        const place = registrationPlace(person, employment);
        if (await r.certificateHeldByOther(certificateNumber, personId))
          throw conflict(CERTIFICATE_TAKEN_MESSAGE);
        const row = await r.insertUnemployment({
          personId,
          registeredOn: input.registeredOn,
          stationId: station.id,
          certificateNumber,
          reason: input.reason,
          orgId: person.orgId,
          orgPath: person.orgPath,
          createdBy: actor.userId,
        });
        await recordAudit(tx, actor, {
          action: 'unemployment_registration.create',
          targetType: 'unemployment_registration',
          targetId: row.id,
          detail: { personId, registeredOn: input.registeredOn, stationId: station.id, basis: place.basis },
        });
        return row.id;
      })
      .catch((e: unknown) => {
        // Two entries racing past the checks meet the partial unique indexes instead.
        if (isUniqueViolation(e))
          throw conflict(`${OPEN_UNEMPLOYMENT_MESSAGE}，或${CERTIFICATE_TAKEN_MESSAGE}`);
        throw e;
      });
    return (await repo.oneUnemployment(id))!;
  }

  return {
    createEmploymentRegistration,
    createUnemploymentRegistration,

    async employmentOfPerson(actor: Actor, personId: string) {
      await readablePerson(actor, personId);
      return { items: await repo.employmentOfPerson(personId) };
    },

    async unemploymentOfPerson(actor: Actor, personId: string) {
      await readablePerson(actor, personId);
      return { items: await repo.unemploymentOfPerson(personId) };
    },

    async endEmployment(actor: Actor, id: string, input: EndInput) {
      if (!hasPermission(actor, 'person:write')) throw forbidden();
      const row = await repo.employmentRow(actor, id, 'person:write');
      if (!row) throw notFound('就业登记');
      if (row.endedOn) throw conflict(`该就业登记已于${row.endedOn}终止`);
      if (row.version !== input.version) throw stale('就业登记');
      await assertDictValue(db, 'employment_end_reason', input.endReason, '终止原因', { path: 'endReason' });
      fail(checkEndDate('终止日期', 'endedOn', input.endedOn, row.startedOn, deps.clock.today()));
      await db.transaction(async (tx) => {
        if (
          !(await createRegistrationsRepo(tx).endEmployment(id, row.version, input.endedOn, input.endReason))
        )
          throw stale('就业登记');
        await recordAudit(tx, actor, {
          action: 'employment_registration.end',
          targetType: 'employment_registration',
          targetId: id,
          detail: { personId: row.personId, endedOn: input.endedOn, endReason: input.endReason },
        });
      });
      return (await repo.oneEmployment(id))!;
    },

    /** Records (or clears) the unemployment benefit the insurance agency decided for a registration. */
    async setBenefit(actor: Actor, id: string, input: BenefitInput) {
      if (!hasPermission(actor, 'person:write')) throw forbidden();
      const row = await repo.unemploymentRow(actor, id, 'person:write');
      if (!row) throw notFound('失业登记');
      if (row.version !== input.version) throw stale('失业登记');
      fail(benefitViolation(row.registeredOn, input));
      const benefit = {
        benefitFrom: input.benefitFrom,
        benefitUntil: input.benefitUntil,
        benefitTotalFen: input.benefitTotal === null ? null : yuanToFen(input.benefitTotal),
      };
      await db.transaction(async (tx) => {
        if (!(await createRegistrationsRepo(tx).setBenefit(id, row.version, benefit)))
          throw stale('失业登记');
        await recordAudit(tx, actor, {
          action: 'unemployment_registration.benefit',
          targetType: 'unemployment_registration',
          targetId: id,
          detail: {
            personId: row.personId,
            before: { from: row.benefitFrom, until: row.benefitUntil, totalFen: row.benefitTotalFen },
            after: {
              from: benefit.benefitFrom,
              until: benefit.benefitUntil,
              totalFen: benefit.benefitTotalFen,
            },
          },
        });
      });
      return (await repo.oneUnemployment(id))!;
    },

    async endUnemployment(actor: Actor, id: string, input: EndInput) {
      if (!hasPermission(actor, 'person:write')) throw forbidden();
      const row = await repo.unemploymentRow(actor, id, 'person:write');
      if (!row) throw notFound('失业登记');
      if (row.endedOn) throw conflict(`该失业登记已于${row.endedOn}注销`);
      if (row.version !== input.version) throw stale('失业登记');
      await assertDictValue(db, 'unemployment_end_reason', input.endReason, '注销原因', {
        path: 'endReason',
      });
      fail(checkEndDate('注销日期', 'endedOn', input.endedOn, row.registeredOn, deps.clock.today()));
      if (input.endReason === 'retired') {
        const person = await readablePerson(actor, row.personId);
        const retirement = retirementDateOf(person);
        if (input.endedOn < retirement)
          fail({
            path: 'endedOn',
            message: `本人${retirement}方达到法定退休年龄，注销日期「${input.endedOn}」早于该日`,
          });
      }
      await db.transaction((tx) => closeUnemployment(tx, actor, row, input.endedOn, input.endReason, false));
      return (await repo.oneUnemployment(id))!;
    },

    async listUnemployment(
      actor: Actor,
      query: Omit<RecordFilter, 'orgPath'> & { orgId?: number | undefined; stationId?: number | undefined },
      page: { page: number; pageSize: number },
    ) {
      const { orgId, ...rest } = query;
      const filter: RecordFilter & { stationId?: number | undefined } = { ...rest };
      if (orgId !== undefined) {
        const path = await repo.orgPath(orgId);
        if (!path) return { items: [], total: 0 };
        filter.orgPath = path;
      }
      return repo.listUnemployment(actor, filter, page);
    },
  };
}

export type RegistrationsService = ReturnType<typeof createRegistrationsService>;
