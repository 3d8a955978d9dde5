import { daysBetween } from '@minsheng/rules/engine/dates.ts';
import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { hasPermission } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import { assertDictValue } from '../../../platform/dictionaries/dict-value.ts';
import { conflict, DomainError, forbidden, invalid, notFound } from '../../../platform/errors.ts';
import { createHouseholdsRepo } from '../households/households.repo.ts';
import { memberView } from '../households/households.service.ts';
import { isUniqueViolation } from '../persons/persons.service.ts';
import { createZeroEmploymentRepo } from './zero-employment.repo.ts';

export interface RecogniseInput {
  recognisedOn: string;
  basis: string;
}
export interface AssistanceInput {
  actedOn: string;
  kind: string;
  description: string;
  personId?: string | null | undefined;
}
export interface EliminateInput {
  eliminatedOn: string;
  reason: string;
  note?: string | null | undefined;
  version?: number | undefined;
}
export interface SummaryQuery {
  orgId?: number | undefined;
  from: string;
  to: string;
}

const fail = (path: string, message: string) => invalid(message, [{ path, message }]);
const alreadyActive = (on: string) => conflict(`该家庭已于${on}认定为零就业家庭，尚未消除，不能重复认定`);
const stale = () => new DomainError('STALE', '该零就业家庭认定已被他人修改，请刷新后重试');

/** A date of the record: not in the future and not before `earliest` (with its name). */
function checkDate(
  today: string,
  path: string,
  label: string,
  value: string,
  earliest?: { on: string; what: string },
) {
  if (value > today) throw fail(path, `${label}「${value}」晚于今天`);
  if (earliest && value < earliest.on)
    throw fail(path, `${label}「${value}」早于${earliest.what}（${earliest.on}）`);
}

export function createZeroEmploymentService(deps: { db: Db; clock: Clock }) {
  const { db } = deps;
  const repo = createZeroEmploymentRepo(db);
  const households = createHouseholdsRepo(db);

  /** An active recognition the actor may act on with `permission`. */
  async function activeRecognition(
    actor: Actor,
    id: string,
    permission: 'person:write' | 'household:recognise',
  ) {
    if (!hasPermission(actor, permission)) throw forbidden();
    const rec = await repo.row(actor, id, permission);
    if (!rec) throw notFound('零就业家庭认定');
    if (rec.status !== 'active') throw conflict(`该零就业家庭已于${rec.eliminatedOn}消除`);
    return rec;
  }

  /**
   * The recognition rules of `001 篇3 三(三)1` ("确保城市有就业需求的家庭至少有一人就业"): an urban
   * household (the head's hukou), with at least one member of working age on the date, and no
   * member holding an employment registration open on that date.
   */
  async function checkRecognisable(householdId: string, on: string) {
    const members = (await households.members(householdId)).map((m) => memberView(m, on));
    const head = members.find((m) => m.relation === 'head');
    if (head?.hukouType !== 'urban')
      throw fail('recognisedOn', '零就业家庭限于城镇家庭：户主的户口性质须为城镇');
    if (!members.some((m) => m.workingAge))
      throw fail(
        'recognisedOn',
        `${on}时该家庭没有处于劳动年龄段（16周岁至法定退休年龄）的成员，不属于零就业家庭`,
      );
    const [employed] = await repo.employedMembers(householdId, on);
    if (employed)
      throw fail(
        'recognisedOn',
        `家庭成员「${employed.name}」自${employed.startedOn}起有就业登记，不属于零就业家庭`,
      );
  }

  return {
    async history(actor: Actor, householdId: string) {
      if (!(await households.row(actor, householdId, 'person:read'))) throw notFound('家庭');
      return { items: await repo.history(householdId) };
    },

    async recognise(actor: Actor, householdId: string, input: RecogniseInput) {
      if (!hasPermission(actor, 'household:recognise')) throw forbidden();
      const household = await households.row(actor, householdId, 'household:recognise');
      if (!household) throw notFound('家庭');
      const latest = await repo.latest(householdId);
      if (latest?.status === 'active') throw alreadyActive(latest.recognisedOn);
      checkDate(
        deps.clock.today(),
        'recognisedOn',
        '认定日期',
        input.recognisedOn,
        latest?.eliminatedOn ? { on: latest.eliminatedOn, what: '上次消除日期' } : undefined,
      );
      await checkRecognisable(householdId, input.recognisedOn);
      const id = await db
        .transaction(async (tx) => {
          const row = await createZeroEmploymentRepo(tx).insert({
            householdId,
            recognisedOn: input.recognisedOn,
            basis: input.basis.trim(),
            orgId: household.orgId,
            orgPath: household.orgPath,
            createdBy: actor.userId,
          });
          await recordAudit(tx, actor, {
            action: 'zero_employment.recognise',
            targetType: 'zero_employment_household',
            targetId: row.id,
            detail: { householdId, recognisedOn: input.recognisedOn },
          });
          return row.id;
        })
        .catch((e: unknown) => {
          // Two recognitions racing past the check meet the partial unique index instead.
          if (isUniqueViolation(e)) throw alreadyActive(input.recognisedOn);
          throw e;
        });
      return repo.one(id);
    },

    async assist(actor: Actor, recognitionId: string, input: AssistanceInput) {
      const rec = await activeRecognition(actor, recognitionId, 'person:write');
      await assertDictValue(db, 'zero_employment_assistance_kind', input.kind, '帮扶方式', { path: 'kind' });
      checkDate(deps.clock.today(), 'actedOn', '帮扶日期', input.actedOn, {
        on: rec.recognisedOn,
        what: '认定日期',
      });
      const personId = input.personId || null;
      if (personId && !(await repo.isMember(rec.householdId, personId)))
        throw fail('personId', '帮扶对象须是本户成员');
      await db.transaction(async (tx) => {
        const row = await createZeroEmploymentRepo(tx).insertAssistance({
          recognitionId,
          personId,
          actedOn: input.actedOn,
          kind: input.kind,
          description: input.description.trim(),
          recordedBy: actor.userId,
        });
        await recordAudit(tx, actor, {
          action: 'zero_employment.assist',
          targetType: 'zero_employment_household',
          targetId: recognitionId,
          detail: { assistanceId: row.id, kind: input.kind, actedOn: input.actedOn, personId },
        });
      });
      return { items: await repo.history(rec.householdId) };
    },

    async eliminate(actor: Actor, recognitionId: string, input: EliminateInput) {
      const rec = await activeRecognition(actor, recognitionId, 'household:recognise');
      if (input.version !== undefined && input.version !== rec.version) throw stale();
      await assertDictValue(db, 'zero_employment_elimination_reason', input.reason, '消除原因', {
        path: 'reason',
      });
      checkDate(deps.clock.today(), 'eliminatedOn', '消除日期', input.eliminatedOn, {
        on: rec.recognisedOn,
        what: '认定日期',
      });
      const note = input.note?.trim() || null;
      if (input.reason === 'other' && !note) throw fail('note', '消除原因为「其他」时须填写说明');
      await db.transaction(async (tx) => {
        const done = await createZeroEmploymentRepo(tx).eliminate(recognitionId, rec.version, {
          eliminatedOn: input.eliminatedOn,
          eliminationReason: input.reason,
          eliminationNote: note,
          eliminatedBy: actor.userId,
        });
        if (!done) throw stale();
        await recordAudit(tx, actor, {
          action: 'zero_employment.eliminate',
          targetType: 'zero_employment_household',
          targetId: recognitionId,
          detail: { householdId: rec.householdId, eliminatedOn: input.eliminatedOn, reason: input.reason },
        });
      });
      return repo.one(recognitionId);
    },

    async summary(actor: Actor, query: SummaryQuery) {
      if (query.from > query.to) throw fail('from', '统计起始日期晚于截止日期');
      let orgPath: string | undefined;
      if (query.orgId !== undefined) {
        orgPath = await households.orgPath(query.orgId);
        if (!orgPath) throw notFound('机构');
      }
      const s = await repo.summary(actor, {
        from: query.from,
        to: query.to,
        ...(orgPath ? { orgPath } : {}),
      });
      const today = deps.clock.today();
      return {
        ...s,
        from: query.from,
        to: query.to,
        unassisted: s.unassisted.map((u) => ({
          ...u,
          daysSinceRecognition: daysBetween(u.recognisedOn, today),
        })),
      };
    },
  };
}

export type ZeroEmploymentService = ReturnType<typeof createZeroEmploymentService>;
