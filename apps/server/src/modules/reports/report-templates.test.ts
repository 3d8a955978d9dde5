import { describe, expect, it } from 'vitest';
import { indicatorByCode } from '../statistics/indicator-catalogue.ts';
import { reportTemplates } from './report-templates.ts';

describe('report templates', () => {
  it('bind every row to an indicator of the statistics catalogue with the same unit', () => {
    for (const t of reportTemplates)
      for (const row of t.rows) {
        const indicator = indicatorByCode(row.indicator);
        expect(indicator, `${t.code}/${row.key}`).toBeDefined();
        expect(indicator!.unit, `${t.code}/${row.key}`).toBe(row.unit);
      }
  });

  it('give each row a unique key within its template', () => {
    for (const t of reportTemplates) expect(new Set(t.rows.map((r) => r.key)).size).toBe(t.rows.length);
  });
});
