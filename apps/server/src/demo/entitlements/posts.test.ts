import { describe, expect, it } from 'vitest';
import { addEmployer, difficultyPerson } from '../../modules/entitlements/posts/posts.fixtures.ts';
import {
  addPerson,
  ok,
  unemploymentBody,
} from '../../modules/registry/registrations/registrations.fixtures.ts';
import { createFieldCipher } from '../../platform/crypto.ts';
import { createTestApp, testConfig } from '../../test/test-app.ts';
import { testClock } from '../../test/test-clock.ts';
import { demoCalendar, demoServices } from '../demo-services.ts';
import { seedPosts } from './posts.ts';

// TEST_NOW is 2026-10-20: the 4050 holder's clock runs 2023-12 … 2026-11. Odd sequence numbers are men.
const t = await createTestApp();
const officer1 = await t.login('officer1');
const officer2 = await t.login('officer2');
const reviewer = await t.login('reviewer');
const community = t.city.community1.id;
const employer = await addEmployer(officer1, t.city.street1.id, 31);
await addEmployer(officer2, t.city.street2.id, 32);
const veteran = await difficultyPerson(officer1, reviewer, community, 41, '1972-01-01');
const young = await difficultyPerson(officer1, reviewer, community, 43, '1990-05-06');
const youngWoman = await difficultyPerson(officer1, reviewer, community, 44, '1992-02-02');
// left alone: no determination, another street
const plain = await addPerson(officer1, community, 45, '1988-08-08');
const elsewhere = await difficultyPerson(officer2, reviewer, t.city.community2.id, 47, '1989-09-09');

const cipher = createFieldCipher(testConfig().dataKey);
const s = demoServices(t.db, cipher, testClock(), await demoCalendar(t.db));
const seeded = await seedPosts({ ...s, cipher }, { today: t.today(), stationUsername: 'officer1' });

describe('the demo post register', () => {
  it("places the station's 就业困难人员 with the station's employer, the 4050 holder first", () => {
    expect(seeded.posts[0]!.holderPersonId).toBe(veteran);
    expect(
      seeded.posts
        .slice(1)
        .map((p) => p.holderPersonId)
        .sort(),
    ).toEqual([young, youngWoman].sort());
    for (const p of seeded.posts) expect(p.employerId).toBe(employer);
    for (const other of [plain, elsewhere])
      expect(seeded.posts.map((p) => p.holderPersonId)).not.toContain(other);
  });

  it('leaves the 4050 holder one month before the end of the clock, so a reviewer may extend', async () => {
    const res = await reviewer.get(`/api/entitlements/posts/${seeded.posts[0]!.postId}`);
    expect(res.body).toMatchObject({
      continuousSinceMonth: '2023-12',
      generalEndMonth: '2026-11',
      monthsUsed: 35,
      monthsLeft: 1,
      is4050: true,
      extensionAllowed: true,
      startOn: t.today(),
    });
    const other = await reviewer.get(`/api/entitlements/posts/${seeded.posts[2]!.postId}`);
    expect(other.body).toMatchObject({ kind: 'institution_odd_job', is4050: false, extensionAllowed: false });
  });

  it("shows the posts in the station's register and not in another street's", async () => {
    const mine = await officer1.get('/api/entitlements/posts?status=open');
    expect(mine.body.total).toBe(3);
    expect((await officer2.get('/api/entitlements/posts')).body.total).toBe(0);
  });

  it('makes persons of a station with too few 就业困难人员 so, registered unemployed and determined', async () => {
    // registered unemployed already: determined on that registration
    const man = await addPerson(officer2, t.city.community2.id, 49, '1972-03-03');
    await ok(officer2.post(`/api/persons/${man}/unemployment-registrations`, unemploymentBody(49)));
    const woman = await addPerson(officer2, t.city.community2.id, 50, '1995-04-04');
    const made = await seedPosts({ ...s, cipher }, { today: t.today(), stationUsername: 'officer2' });
    expect(made.posts[0]!.holderPersonId).toBe(man);
    expect(
      made.posts
        .slice(1)
        .map((p) => p.holderPersonId)
        .sort(),
    ).toEqual([elsewhere, woman].sort());
    const status = await reviewer.get(`/api/persons/${man}/employment-status`);
    expect(status.body.activeDifficultyCategories).toEqual(['hardship_certificate']);
    expect(status.body.openUnemploymentRegistration.certificateNumber).toBe(
      unemploymentBody(49).certificateNumber,
    );
    const womanStatus = await reviewer.get(`/api/persons/${woman}/employment-status`);
    expect(womanStatus.body).toMatchObject({
      activeDifficultyCategories: ['hardship_certificate'],
      openUnemploymentRegistration: { registeredOn: '2025-08-20' },
    });
    const post = await reviewer.get(`/api/entitlements/posts/${made.posts[0]!.postId}`);
    expect(post.body).toMatchObject({ is4050: true, monthsLeft: 1, extensionAllowed: true });
  });
});
