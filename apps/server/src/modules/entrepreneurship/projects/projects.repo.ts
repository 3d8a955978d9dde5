import { and, desc, eq, or, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { accessFilter } from '../../../platform/access/scope.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { entrepreneurshipExperts as experts } from '../experts/experts.schema.ts';
import { fileScope } from '../files/files.repo.ts';
import {
  entrepreneurshipFiles as files,
  entrepreneurshipProjectLinks as links,
} from '../files/files.schema.ts';
import { entrepreneurshipProjects as projects } from './projects.schema.ts';

export type ProjectRecord = typeof projects.$inferSelect;

const cols = { orgId: projects.orgId, orgPath: projects.orgPath };

/** Projects an actor reads: those collected in their scope, and every published one. */
export const projectReadScope = (actor: Actor) =>
  or(accessFilter(actor, 'entrepreneurship:read', cols), eq(projects.status, 'published'))!;
/** Projects an actor may change: collected in their write scope. */
export const projectWriteScope = (actor: Actor) => accessFilter(actor, 'entrepreneurship:write', cols);

export function createProjectsRepo(db: Executor) {
  const select = (where: SQL) =>
    db
      .select({
        id: projects.id,
        number: projects.number,
        name: projects.name,
        sector: projects.sector,
        source: projects.source,
        summary: projects.summary,
        investmentFen: projects.investmentFen,
        expectedJobs: projects.expectedJobs,
        status: projects.status,
        reviewExpertId: projects.reviewExpertId,
        reviewExpertName: experts.name,
        reviewOpinion: projects.reviewOpinion,
        reviewedOn: projects.reviewedOn,
        publishedOn: projects.publishedOn,
        version: projects.version,
      })
      .from(projects)
      .leftJoin(experts, eq(experts.id, projects.reviewExpertId))
      .where(where)
      .orderBy(desc(projects.number))
      .limit(500);

  return {
    list: select,
    find: async (id: string, scope: SQL) => (await select(and(eq(projects.id, id), scope)!))[0],
    insert: async (values: typeof projects.$inferInsert) =>
      (await db.insert(projects).values(values).returning())[0]!,
    update: async (id: string, version: number, values: Partial<typeof projects.$inferInsert>) =>
      (
        await db
          .update(projects)
          .set({ ...values, version: version + 1, updatedAt: new Date() })
          .where(and(eq(projects.id, id), eq(projects.version, version)))
          .returning()
      )[0],

    /** Published projects for the public page: no personal data, bounded. */
    published: () =>
      db
        .select({
          number: projects.number,
          name: projects.name,
          sector: projects.sector,
          source: projects.source,
          summary: projects.summary,
          investmentFen: projects.investmentFen,
          expectedJobs: projects.expectedJobs,
          publishedOn: projects.publishedOn,
        })
        .from(projects)
        .where(eq(projects.status, 'published'))
        .orderBy(desc(projects.publishedOn), desc(projects.number))
        .limit(200),

    link: async (projectId: string, fileId: string) =>
      (
        await db
          .select()
          .from(links)
          .where(and(eq(links.projectId, projectId), eq(links.fileId, fileId)))
      )[0],
    linkById: async (id: string) => (await db.select().from(links).where(eq(links.id, id)))[0],
    insertLink: (values: typeof links.$inferInsert) =>
      db.insert(links).values(values).onConflictDoNothing().returning({ id: links.id }),
    setLink: (id: string, values: Partial<typeof links.$inferInsert>) =>
      db.update(links).set(values).where(eq(links.id, id)),

    /** Which trainee took (or was recommended, or declined) the project, among the files in scope. */
    takers: (actor: Actor, projectId: string) =>
      db
        .select({
          linkId: links.id,
          fileId: files.id,
          fileNumber: files.number,
          name: persons.name,
          status: links.status,
          recommendedOn: links.recommendedOn,
          takenOn: links.takenOn,
        })
        .from(links)
        .innerJoin(files, eq(files.id, links.fileId))
        .innerJoin(persons, eq(persons.id, files.personId))
        .where(and(eq(links.projectId, projectId), fileScope(actor)))
        .orderBy(desc(links.recommendedOn))
        .limit(1000),
  };
}
