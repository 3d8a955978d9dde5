import { parseCreditCode } from '@minsheng/rules/national/credit-code.ts';
import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { hasPermission } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import { conflict, forbidden, invalid, notFound } from '../../../platform/errors.ts';
import { nextNumber } from '../../cases/cases.repo.ts';
import { institutionOfUser } from '../institution-scope.ts';
import {
  canOpenClasses,
  displayStatus,
  institutionStatusLabels,
  isExpired,
  reapplyProblem,
} from './institution-lifecycle.ts';
import { recordInstitutionEvent, staleEntry, staleInstitution } from './institution-record.ts';
import { createInstitutionsRepo, type InstitutionRow, manageScope, readScope } from './institutions.repo.ts';
import type { InstitutionOccupation, InstitutionStatus } from './institutions.schema.ts';

export interface TeacherInput {
  name: string;
  certificateNumber: string;
  occupation: string;
  level?: number | null | undefined;
}
export interface SiteInput {
  address: string;
  areaSquareMetres: number;
  seats: number;
}
export interface ProfileInput {
  name: string;
  creditCode: string;
  licenceNumber?: string | null | undefined;
  address: string;
  contactPhone?: string | null | undefined;
  qualifications?: string | null | undefined;
  occupations: InstitutionOccupation[];
  capacity: number;
}
export interface ApplicationInput extends ProfileInput {
  teachers: TeacherInput[];
  sites: SiteInput[];
}

export interface InstitutionDeps {
  db: Db;
  clock: Clock;
}

/** The checked, trimmed profile fields, or a field error in Chinese. */
function profileOf(input: ProfileInput) {
  const code = parseCreditCode(input.creditCode);
  if (!code.ok) throw invalid(code.message, [{ path: 'creditCode', message: code.message }]);
  const names = input.occupations.map((o) => o.occupation.trim());
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) throw invalid(`职业「${twice}」填写了两次`, [{ path: 'occupations', message: '职业重复' }]);
  return {
    name: input.name.trim(),
    creditCode: code.code,
    licenceNumber: input.licenceNumber?.trim() || null,
    address: input.address.trim(),
    contactPhone: input.contactPhone?.trim() || null,
    qualifications: input.qualifications?.trim() || null,
    occupations: input.occupations.map((o) => ({
      occupation: o.occupation.trim(),
      levels: [...new Set(o.levels)].sort((a, b) => a - b),
    })),
    capacity: input.capacity,
  };
}

const teacherOf = (institutionId: string, t: TeacherInput) => ({
  institutionId,
  name: t.name.trim(),
  certificateNumber: t.certificateNumber.trim(),
  occupation: t.occupation.trim(),
  level: t.level ?? null,
});
const siteOf = (institutionId: string, s: SiteInput) => ({ institutionId, ...s, address: s.address.trim() });

/**
 * 定点培训机构 applications and profiles: an institution's staff file the application (which
 * creates the institution and links their account to it) or the bureau registers one received on
 * paper; staff edit it while it awaits review and keep its teachers and sites up to date after.
 */
export function createInstitutionsService(deps: InstitutionDeps) {
  const { db, clock } = deps;
  const repo = createInstitutionsRepo(db);

  async function readable(actor: Actor, id: string) {
    const row = await repo.row(await readScope(db, actor), id);
    if (!row) throw notFound('培训机构');
    return row;
  }

  /** The institution when the actor may change its profile: its own staff, or the bureau managing it. */
  /** The institution for its own staff, or for the bureau that manages it. */
  async function ownOrManaged(actor: Actor, id: string) {
    const own = hasPermission(actor, 'training:operate') ? await institutionOfUser(db, actor.userId) : null;
    const row =
      own === id
        ? await repo.row(await readScope(db, actor), id)
        : hasPermission(actor, 'training:manage')
          ? await repo.row(manageScope(actor), id)
          : undefined;
    if (!row) throw notFound('培训机构');
    return row;
  }

  async function writable(actor: Actor, id: string) {
    const row = await ownOrManaged(actor, id);
    if (row.status === 'withdrawn' || row.status === 'rejected')
      throw conflict(`机构状态为「${institutionStatusLabels[row.status]}」，不能再修改`);
    return row;
  }

  const view = (row: InstitutionRow) => {
    const today = clock.today();
    return {
      ...row,
      statusLabel: displayStatus(row, today),
      expired: isExpired(row, today),
      canOpenClasses: canOpenClasses(row, today),
      canReapply: reapplyProblem(row, today) === null,
    };
  };

  async function create(actor: Actor, input: ApplicationInput, linkActor: boolean) {
    const profile = profileOf(input);
    if (await repo.byCreditCode(profile.creditCode))
      throw conflict(`统一社会信用代码「${profile.creditCode}」的机构已登记`);
    const today = clock.today();
    const id = await db.transaction(async (tx) => {
      const txRepo = createInstitutionsRepo(tx);
      const number = await nextNumber(tx, 'training_institution', 'JG', Number(today.slice(0, 4)));
      const row = await txRepo.insert({
        ...profile,
        number,
        status: 'applied',
        appliedOn: today,
        orgId: actor.orgId,
        orgPath: actor.orgPath,
        createdBy: actor.userId,
      });
      await txRepo.insertTeachers(input.teachers.map((t) => teacherOf(row.id, t)));
      await txRepo.insertSites(input.sites.map((s) => siteOf(row.id, s)));
      if (linkActor) await txRepo.link(actor.userId, row.id);
      await recordInstitutionEvent(tx, actor, {
        institution: row,
        action: 'apply',
        to: 'applied',
        detail: { paper: !linkActor, teachers: input.teachers.length, sites: input.sites.length },
        onDate: today,
      });
      return row.id;
    });
    return detail(actor, id);
  }

  async function detail(actor: Actor, id: string) {
    const row = await readable(actor, id);
    const [teachers, sites, events] = await Promise.all([repo.teachers(id), repo.sites(id), repo.events(id)]);
    const bureau = hasPermission(actor, 'training:read');
    return {
      ...view(row),
      teachers,
      sites,
      events,
      // Account names are the bureau's business; the staff know their own colleagues.
      staff: bureau ? await repo.staff(id) : [],
      notice: row.noticeId ? { id: row.noticeId, ...(await repo.objectionCounts(row.noticeId)) } : null,
    };
  }

  /** The page a user opens: it names the teachers with their certificate numbers, so the read is audited. */
  async function read(actor: Actor, id: string) {
    const page = await detail(actor, id);
    await recordAudit(db, actor, {
      action: 'training_institution.read',
      targetType: 'training_institution',
      targetId: id,
      detail: { number: page.number, teachers: page.teachers.length },
    });
    return page;
  }

  return {
    /** The institution as shown after a write (the write is audited itself). */
    detail,
    read,

    async list(
      actor: Actor,
      q: { status?: InstitutionStatus | undefined; q?: string | undefined; page: number; pageSize: number },
    ) {
      const page = await repo.list(await readScope(db, actor), q, q);
      return { total: page.total, items: page.items.map(view) };
    },

    /** The actor's own institution, or null when the account is linked to none (it may apply). */
    async mine(actor: Actor) {
      if (!hasPermission(actor, 'training:operate')) throw forbidden();
      const id = await institutionOfUser(db, actor.userId);
      return { institution: id ? await read(actor, id) : null };
    },

    async apply(actor: Actor, input: ApplicationInput) {
      if (!hasPermission(actor, 'training:operate')) throw forbidden();
      if (await institutionOfUser(db, actor.userId))
        throw conflict('该账号已关联培训机构，不能再提交新的申请');
      return create(actor, input, true);
    },

    /** The bureau registers an application received on paper (no account linked yet). */
    registerPaper(actor: Actor, input: ApplicationInput) {
      if (!hasPermission(actor, 'training:manage')) throw forbidden();
      return create(actor, input, false);
    },

    async updateApplication(actor: Actor, id: string, input: ProfileInput & { version: number }) {
      const current = await writable(actor, id);
      if (current.status !== 'applied')
        throw conflict('申请已审核，机构资料不能再修改；教师和场地可继续维护');
      const profile = profileOf(input);
      const other = await repo.byCreditCode(profile.creditCode);
      if (other && other.id !== id) throw conflict(`统一社会信用代码「${profile.creditCode}」的机构已登记`);
      await db.transaction(async (tx) => {
        const row = await createInstitutionsRepo(tx).update(id, input.version, profile);
        if (!row) throw staleInstitution();
        await recordInstitutionEvent(tx, actor, { institution: row, action: 'edit', onDate: clock.today() });
      });
      return detail(actor, id);
    },

    /**
     * A new application of an institution refused earlier or whose designation ran out: the
     * profile as now filed, back to review (and a new notice) like a first application.
     */
    async reapply(actor: Actor, id: string, input: ProfileInput & { version: number }) {
      const current = await ownOrManaged(actor, id);
      const today = clock.today();
      const problem = reapplyProblem(current, today);
      if (problem) throw conflict(problem);
      const profile = profileOf(input);
      const other = await repo.byCreditCode(profile.creditCode);
      if (other && other.id !== id) throw conflict(`统一社会信用代码「${profile.creditCode}」的机构已登记`);
      await db.transaction(async (tx) => {
        const row = await createInstitutionsRepo(tx).update(id, input.version, {
          ...profile,
          status: 'applied',
          appliedOn: today,
          noticeId: null,
          statusReason: null,
          rectifyBy: null,
        });
        if (!row) throw staleInstitution();
        await recordInstitutionEvent(tx, actor, {
          institution: row,
          action: 'reapply',
          from: current.status,
          to: 'applied',
          detail: current.validTo ? { previousValidTo: current.validTo } : {},
          onDate: today,
        });
      });
      return detail(actor, id);
    },

    async addTeacher(actor: Actor, id: string, input: TeacherInput) {
      const inst = await writable(actor, id);
      await db.transaction(async (tx) => {
        const [t] = await createInstitutionsRepo(tx).insertTeachers([teacherOf(id, input)]);
        await recordInstitutionEvent(tx, actor, {
          institution: inst,
          action: 'teacher_add',
          detail: { teacherId: t!.id },
          onDate: clock.today(),
        });
      });
      return detail(actor, id);
    },

    async updateTeacher(
      actor: Actor,
      id: string,
      teacherId: string,
      input: TeacherInput & { status: 'active' | 'left'; version: number },
    ) {
      const inst = await writable(actor, id);
      if (!(await repo.teacher(id, teacherId))) throw notFound('教师');
      await db.transaction(async (tx) => {
        const row = await createInstitutionsRepo(tx).updateTeacher(teacherId, input.version, {
          ...teacherOf(id, input),
          status: input.status,
        });
        if (!row) throw staleEntry('教师信息');
        await recordInstitutionEvent(tx, actor, {
          institution: inst,
          action: 'teacher_update',
          detail: { teacherId, status: input.status },
          onDate: clock.today(),
        });
      });
      return detail(actor, id);
    },

    async addSite(actor: Actor, id: string, input: SiteInput) {
      const inst = await writable(actor, id);
      await db.transaction(async (tx) => {
        const [s] = await createInstitutionsRepo(tx).insertSites([siteOf(id, input)]);
        await recordInstitutionEvent(tx, actor, {
          institution: inst,
          action: 'site_add',
          detail: { siteId: s!.id },
          onDate: clock.today(),
        });
      });
      return detail(actor, id);
    },

    async updateSite(actor: Actor, id: string, siteId: string, input: SiteInput & { version: number }) {
      const inst = await writable(actor, id);
      if (!(await repo.site(id, siteId))) throw notFound('培训场地');
      const { version, ...site } = input;
      await db.transaction(async (tx) => {
        const row = await createInstitutionsRepo(tx).updateSite(siteId, version, siteOf(id, site));
        if (!row) throw staleEntry('培训场地');
        await recordInstitutionEvent(tx, actor, {
          institution: inst,
          action: 'site_update',
          detail: { siteId },
          onDate: clock.today(),
        });
      });
      return detail(actor, id);
    },
  };
}

export type InstitutionsService = ReturnType<typeof createInstitutionsService>;
