import { and, eq, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import { conflict, DomainError, invalid, notFound } from '../../../platform/errors.ts';
import { poolFilter } from './expert-scope.ts';
import { entrepreneurshipTeachers as teachers } from './experts.schema.ts';
import { createTeachersRepo } from './teachers.repo.ts';

export type TeacherCourse = 'SYB' | 'IYB' | 'GYB' | 'EYB';
export type TeacherStatus = 'active' | 'suspended' | 'revoked';

export interface TeacherInput {
  name: string;
  certificateNumber: string;
  course: TeacherCourse;
  certifiedOn: string;
  validTo: string | null;
  institutionId: string | null;
}

const cols = { orgId: teachers.orgId, orgPath: teachers.orgPath };
const stale = () => new DomainError('STALE', '该教师档案已被他人修改，请刷新后重试');

/**
 * Why a teacher may not teach now (三(十三): the certificate is required and managed dynamically):
 * suspended, revoked or past the certificate's validity; null when they may.
 */
export function teacherFlag(
  t: { status: TeacherStatus; statusReason: string | null; validTo: string | null },
  today: string,
) {
  if (t.status === 'suspended') return `已暂停${t.statusReason ? `：${t.statusReason}` : ''}`;
  if (t.status === 'revoked') return `已撤销资格${t.statusReason ? `：${t.statusReason}` : ''}`;
  if (t.validTo !== null && t.validTo < today) return `证书已于 ${t.validTo} 到期`;
  return null;
}

/** SYB/IYB/GYB teacher files with their certificate (unique number) and status, kept by the city. */
export function createTeachersService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  const repo = createTeachersRepo(db);
  const managed = (actor: Actor) => accessFilter(actor, 'entrepreneurship:manage', cols);
  const flagged = <T extends Parameters<typeof teacherFlag>[0]>(t: T) => ({
    ...t,
    flag: teacherFlag(t, clock.today()),
  });

  async function checkCertificate(certificateNumber: string, self?: string) {
    const other = await repo.byCertificate(certificateNumber);
    if (other && other.id !== self) throw conflict(`证书编号 ${certificateNumber} 已登记在其他教师档案中`);
  }

  async function get(actor: Actor, id: string) {
    const row = await repo.find(id, poolFilter(actor, cols));
    if (!row) throw notFound('教师档案');
    return flagged(row);
  }

  return {
    get,

    /** All teachers the actor may read, or one institution's (with the ones who may not teach flagged). */
    async list(actor: Actor, q: { institutionId?: string | undefined }) {
      const where: SQL = and(
        poolFilter(actor, cols),
        q.institutionId ? eq(teachers.institutionId, q.institutionId) : undefined,
      )!;
      return (await repo.list(where)).map(flagged);
    },

    async create(actor: Actor, input: TeacherInput) {
      if (input.validTo !== null && input.validTo < input.certifiedOn)
        throw invalid('有效期不能早于发证日期');
      await checkCertificate(input.certificateNumber);
      const id = await db.transaction(async (tx) => {
        const row = await createTeachersRepo(tx).insert({
          ...input,
          orgId: actor.orgId,
          orgPath: actor.orgPath,
          createdBy: actor.userId,
        });
        await recordAudit(tx, actor, {
          action: 'entrepreneurship.teacher.create',
          targetType: 'entrepreneurship_teacher',
          targetId: row.id,
          detail: { course: input.course, certificateNumber: input.certificateNumber },
        });
        return row.id;
      });
      return get(actor, id);
    },

    async update(actor: Actor, id: string, input: TeacherInput & { version: number }) {
      if (!(await repo.find(id, managed(actor)))) throw notFound('教师档案');
      if (input.validTo !== null && input.validTo < input.certifiedOn)
        throw invalid('有效期不能早于发证日期');
      await checkCertificate(input.certificateNumber, id);
      const { version, ...values } = input;
      await db.transaction(async (tx) => {
        if (!(await createTeachersRepo(tx).update(id, version, values))) throw stale();
        await recordAudit(tx, actor, {
          action: 'entrepreneurship.teacher.update',
          targetType: 'entrepreneurship_teacher',
          targetId: id,
          detail: { certificateNumber: input.certificateNumber },
        });
      });
      return get(actor, id);
    },

    /** Suspend, revoke (each with its reason) or reinstate a teacher. */
    async setStatus(
      actor: Actor,
      id: string,
      input: { status: TeacherStatus; reason: string | null; version: number },
    ) {
      const row = await repo.find(id, managed(actor));
      if (!row) throw notFound('教师档案');
      if (input.status !== 'active' && !input.reason) throw invalid('暂停或撤销教师资格须说明原因');
      await db.transaction(async (tx) => {
        const saved = await createTeachersRepo(tx).update(id, input.version, {
          status: input.status,
          statusReason: input.status === 'active' ? null : input.reason,
        });
        if (!saved) throw stale();
        await recordAudit(tx, actor, {
          action: 'entrepreneurship.teacher.status',
          targetType: 'entrepreneurship_teacher',
          targetId: id,
          detail: { from: row.status, to: input.status, reason: input.reason },
        });
      });
      return get(actor, id);
    },
  };
}

export type TeachersService = ReturnType<typeof createTeachersService>;
