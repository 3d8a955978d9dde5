import { areaList } from '@vant/area-data';
import { PROVINCE_CODES } from './resident-id.ts';

/** A GB/T 2260 administrative division code with the names its levels have today. */
export interface Region {
  code: string;
  province: string | null;
  city: string | null;
  county: string | null;
  /** e.g. 山东省青岛市市南区; the province alone when the code is no longer (or never was) current */
  name: string | null;
}

/**
 * Names of a six-digit division code from the current GB/T 2260 data (`@vant/area-data`). An ID
 * number keeps the code of where it was first issued, which may have been renamed or merged
 * since: then only the levels still in the data are named (at least the province).
 */
export function regionOf(code: string): Region {
  const province =
    areaList.province_list[`${code.slice(0, 2)}0000`] ?? PROVINCE_CODES[code.slice(0, 2)] ?? null;
  const city = areaList.city_list[`${code.slice(0, 4)}00`] ?? null;
  const county = areaList.county_list[code] ?? null;
  const parts = [province, city && city !== province ? city : null, county].filter((p) => p !== null);
  return { code, province, city, county, name: parts.length > 0 ? parts.join('') : null };
}
