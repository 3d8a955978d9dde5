import type { IsoDate } from '../../../engine/dates.ts';
import { lookup, type ParamOverrides } from '../../../engine/parameters.ts';
import { parameters } from './scoring.ts';

/** The assessment year's cut-off date (seed 001 篇1 二、1: monthly checks until 12月25日). */
export function recruitmentCutoff(year: number, overrides: ParamOverrides = {}): IsoDate {
  const on = `${year}-01-01`;
  const part = (name: string) =>
    String(Number(lookup(parameters, name, on, undefined, overrides).value)).padStart(2, '0');
  return `${year}-${part('check_cutoff_month')}-${part('check_cutoff_day')}`;
}
