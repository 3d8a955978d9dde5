import { describe, expect, it } from 'vitest';
import { runPercent, runsRefetchInterval } from './run-progress';

describe('screening run progress', () => {
  it('counts whole percents, full when done, none before the persons are counted', () => {
    expect(runPercent({ status: 'running', personsDone: 0, personsTotal: 0 })).toBe(0);
    expect(runPercent({ status: 'running', personsDone: 1, personsTotal: 3 })).toBe(33);
    expect(runPercent({ status: 'running', personsDone: 2999, personsTotal: 3000 })).toBe(99);
    expect(runPercent({ status: 'done', personsDone: 0, personsTotal: 0 })).toBe(100);
  });

  it('polls only while a run is running', () => {
    expect(runsRefetchInterval(undefined)).toBe(false);
    expect(runsRefetchInterval([{ status: 'done' }, { status: 'failed' }])).toBe(false);
    expect(runsRefetchInterval([{ status: 'done' }, { status: 'running' }])).toBe(2000);
  });
});
