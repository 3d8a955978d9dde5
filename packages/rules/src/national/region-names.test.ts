import { describe, expect, it } from 'vitest';
import { regionOf } from './region-names.ts';

describe('regionOf', () => {
  it('names the province, city and county of a current code', () => {
    expect(regionOf('370202')).toMatchObject({ province: '山东省', city: '青岛市', county: '市南区' });
    expect(regionOf('370202').name).toBe('山东省青岛市市南区');
  });

  it('does not repeat a municipality as its own city', () => {
    expect(regionOf('110101').name).toBe('北京市东城区');
  });

  it('falls back to the province for a code no longer in the data', () => {
    const old = regionOf('379999');
    expect(old).toMatchObject({ province: '山东省', county: null });
    expect(old.name).toBe('山东省');
    expect(regionOf('990000').name).toBeNull();
  });
});
