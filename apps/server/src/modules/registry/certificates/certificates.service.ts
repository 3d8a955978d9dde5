import type { Db, Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { hasPermission } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import { dateRanges, rangeViolation } from '../../../platform/dates/date-ranges.ts';
import { assertDictValue } from '../../../platform/dictionaries/dict-value.ts';
import { conflict, DomainError, forbidden, invalid, notFound } from '../../../platform/errors.ts';
import { isUniqueViolation } from '../persons/persons.service.ts';
import { createCertificatesRepo } from './certificates.repo.ts';
import type { ObtainedBy } from './certificates.schema.ts';

export interface CertificateInput {
  number: string;
  occupation: string;
  level: string;
  issuedOn: string;
  issuer: string;
  obtainedBy: ObtainedBy;
}

export type CertificatePatch = Partial<CertificateInput> & { version?: number | undefined };

export const DUPLICATE_CERTIFICATE_MESSAGE = '该证书编号已登记';

/** Certificates are issued to workers: no earlier than the statutory minimum working age. */
const MIN_AGE_AT_ISSUE = 16;

const addYears = (isoDate: string, years: number) =>
  `${String(Number(isoDate.slice(0, 4)) + years).padStart(4, '0')}${isoDate.slice(4)}`;

export function checkIssuedOn(issuedOn: string, birthDate: string, today: string) {
  const fail = (message: string) => invalid(message, [{ path: 'issuedOn', message }]);
  const range = rangeViolation('issuedOn', '发证日期', issuedOn, dateRanges.working);
  if (range) throw fail(range.message);
  if (issuedOn > today) throw fail(`发证日期「${issuedOn}」晚于今天`);
  // Comparing strings also handles a 29 February birthday: 'YYYY-02-29' sorts after 'YYYY-02-28'.
  const earliest = addYears(birthDate, MIN_AGE_AT_ISSUE);
  if (issuedOn < earliest)
    throw fail(`发证日期「${issuedOn}」早于持证人年满${MIN_AGE_AT_ISSUE}周岁（${earliest}）`);
}

/**
 * Records a certificate of a person the caller has already found and may act for: checks the level
 * and issue date, refuses a number already registered, inserts and audits within `tx`.
 */
export async function registerCertificate(
  tx: Executor,
  actor: Actor,
  person: { id: string; birthDate: string; orgId: number; orgPath: string },
  input: CertificateInput,
  today: string,
): Promise<string> {
  await assertDictValue(tx, 'certificate_level', input.level, '证书等级', { path: 'level' });
  checkIssuedOn(input.issuedOn, person.birthDate, today);
  const number = input.number.trim();
  const txRepo = createCertificatesRepo(tx);
  if (await txRepo.existsByNumber(number)) throw conflict(DUPLICATE_CERTIFICATE_MESSAGE);
  const row = await txRepo.insert({
    personId: person.id,
    number,
    occupation: input.occupation.trim(),
    level: input.level,
    issuedOn: input.issuedOn,
    issuer: input.issuer.trim(),
    obtainedBy: input.obtainedBy,
    orgId: person.orgId,
    orgPath: person.orgPath,
    createdBy: actor.userId,
  });
  await recordAudit(tx, actor, {
    action: 'certificate.create',
    targetType: 'certificate',
    targetId: row.id,
    detail: { personId: person.id, number, level: input.level },
  });
  return row.id;
}

const stale = () => new DomainError('STALE', '该证书信息已被他人修改，请刷新后重试');

export function createCertificatesService(deps: { db: Db; clock: Clock }) {
  const { db } = deps;
  const repo = createCertificatesRepo(db);

  return {
    async listOfPerson(actor: Actor, personId: string) {
      if (!(await repo.person(actor, personId, 'person:read'))) throw notFound('人员');
      return { items: await repo.listOfPerson(personId) };
    },

    async create(actor: Actor, personId: string, input: CertificateInput) {
      if (!hasPermission(actor, 'person:write')) throw forbidden();
      const person = await repo.person(actor, personId, 'person:write');
      if (!person) throw notFound('人员');
      const id = await db
        .transaction((tx) => registerCertificate(tx, actor, person, input, deps.clock.today()))
        .catch((e: unknown) => {
          // Two entries of one number racing past the check meet the unique index instead.
          if (isUniqueViolation(e)) throw conflict(DUPLICATE_CERTIFICATE_MESSAGE);
          throw e;
        });
      return (await repo.one(id))!;
    },

    async update(actor: Actor, id: string, patch: CertificatePatch) {
      if (!hasPermission(actor, 'person:write')) throw forbidden();
      const current = await repo.row(actor, id, 'person:write');
      if (!current) throw notFound('证书');
      if (patch.version !== undefined && patch.version !== current.version) throw stale();
      if (patch.level !== undefined) {
        await assertDictValue(db, 'certificate_level', patch.level, '证书等级', { path: 'level' });
      }
      if (patch.issuedOn !== undefined) {
        const person = await repo.person(actor, current.personId, 'person:write');
        if (!person) throw notFound('证书');
        checkIssuedOn(patch.issuedOn, person.birthDate, deps.clock.today());
      }
      const changes = {
        ...(patch.number === undefined ? {} : { number: patch.number.trim() }),
        ...(patch.occupation === undefined ? {} : { occupation: patch.occupation.trim() }),
        ...(patch.level === undefined ? {} : { level: patch.level }),
        ...(patch.issuedOn === undefined ? {} : { issuedOn: patch.issuedOn }),
        ...(patch.issuer === undefined ? {} : { issuer: patch.issuer.trim() }),
        ...(patch.obtainedBy === undefined ? {} : { obtainedBy: patch.obtainedBy }),
      };
      await db
        .transaction(async (tx) => {
          const txRepo = createCertificatesRepo(tx);
          if (changes.number !== undefined && changes.number !== current.number) {
            if (await txRepo.existsByNumber(changes.number)) throw conflict(DUPLICATE_CERTIFICATE_MESSAGE);
          }
          if (!(await txRepo.update(id, current.version, changes))) throw stale();
          await recordAudit(tx, actor, {
            action: 'certificate.update',
            targetType: 'certificate',
            targetId: id,
            detail: { personId: current.personId, fields: Object.keys(changes) },
          });
        })
        .catch((e: unknown) => {
          if (isUniqueViolation(e)) throw conflict(DUPLICATE_CERTIFICATE_MESSAGE);
          throw e;
        });
      return (await repo.one(id))!;
    },
  };
}

export type CertificatesService = ReturnType<typeof createCertificatesService>;
