import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/test-app.ts';
import { ok } from '../registry/registrations/registrations.fixtures.ts';
import { seedTrainingStory, trainingStoryCounts } from '../statistics/training-story.fixtures.ts';

// The test clock stands on 2026-10-20: the first half of 2026 has ended.
const t = await createTestApp();
await seedTrainingStory(t);
const officer1 = await t.login('officer1');

describe('the skills re-employment plan’s half-year report (城镇技能再就业计划进展情况表)', () => {
  it('is generated from the trainee records, with the training progress figures in its cells', async () => {
    const { id } = await ok(
      officer1.post('/api/reports/generate', {
        templateCode: 'programme-progress',
        period: '2026-H1',
        orgId: t.city.street1.id,
      }),
    );
    const report = (await officer1.get(`/api/reports/${id}`)).body;
    const progress = (
      await officer1.get(`/api/training/progress?orgId=${t.city.street1.id}&year=2026&half=1`)
    ).body.total;
    const percent = (rate: number) => Math.round(rate * 10_000) / 100;
    const { trained, certified, passed, reemployed } = trainingStoryCounts.street1H1;
    expect(report.table.rows.map((r: { label: string; cells: unknown[] }) => [r.label, r.cells[0]])).toEqual([
      ['培训人数', { value: progress.trained, reason: null, differs: false }],
      ['培训取证人数', { value: progress.certified, reason: null, differs: false }],
      ['培训合格率', { value: percent(progress.passRate), reason: null, differs: false }],
      ['培训后再就业率', { value: percent(progress.reemploymentRate), reason: null, differs: false }],
    ]);
    // and those are the hand counts of the story
    expect([progress.trained, progress.certified, progress.passed, progress.reemployed]).toEqual([
      trained,
      certified,
      passed,
      reemployed,
    ]);
    expect(report.version.figures).toMatchObject({
      'training_pass_rate:period': { numerator: passed, denominator: trained },
      'training_reemployment_rate:period': { numerator: reemployed, denominator: trained },
    });
  });
});
