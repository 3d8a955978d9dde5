import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { canOpenClasses } from '../modules/training/institutions/institution-lifecycle.ts';
import {
  trainingInstitutions,
  trainingInstitutionUsers,
} from '../modules/training/institutions/institutions.schema.ts';
import { createInstitutionsPublicService } from '../modules/training/institutions/institutions-public.service.ts';
import { users } from '../platform/access/access.schema.ts';
import { fixedClock } from '../platform/clock.ts';
import { createFieldCipher } from '../platform/crypto.ts';
import { TEST_NOW, TEST_TODAY } from '../test/test-clock.ts';
import { createTestDatabase } from '../test/test-db.ts';
import { loadDemoCity } from './demo-city.ts';

const database = await createTestDatabase();
afterAll(() => database.close());
const demo = await loadDemoCity(database.db, createFieldCipher(Buffer.alloc(32, 7)), {
  today: TEST_TODAY,
  now: TEST_NOW,
});
const db = database.db;

describe('the demo training institutions', () => {
  it('designates 泰安市岱宗职业培训学校 and links it to the px_ account, able to open classes', async () => {
    const [row] = await db
      .select({ institution: trainingInstitutions, username: users.username })
      .from(trainingInstitutions)
      .innerJoin(
        trainingInstitutionUsers,
        eq(trainingInstitutionUsers.institutionId, trainingInstitutions.id),
      )
      .innerJoin(users, eq(users.id, trainingInstitutionUsers.userId))
      .where(eq(trainingInstitutions.name, '泰安市岱宗职业培训学校'));
    expect(row?.username).toBe('px_370902001');
    expect(row?.institution.status).toBe('designated');
    expect(canOpenClasses(row!.institution, TEST_TODAY)).toBe(true);
    expect(row!.institution.occupations.map((o) => o.occupation)).toEqual(['中式烹调师', '育婴员', '电工']);
  });

  it('has one institution in each of the states the pages show', async () => {
    const rows = await db.select({ status: trainingInstitutions.status }).from(trainingInstitutions);
    expect(rows.map((r) => r.status).sort()).toEqual(['applied', 'designated', 'rectifying']);
    expect(demo.trainingInstitutions).toEqual({ designated: 1, rectifying: 1, applied: 1 });
  });

  it('puts the designated and the rectifying one on the public list', async () => {
    const list = await createInstitutionsPublicService({ db, clock: fixedClock(TEST_NOW) }).list();
    expect(list.items.map((i) => i.status).sort()).toEqual(['designated', 'rectifying']);
  });
});
