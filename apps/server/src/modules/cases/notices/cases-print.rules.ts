import type { OrgLevel } from '../../../platform/orgs/orgs.schema.ts';

/** What a human-resources and social-security bureau is called after its city. */
export const BUREAU_SUFFIX = '人力资源和社会保障局';

/**
 * The issuing bureau printed at the head of a document: the city of the organisation chain (the
 * city the record or the user belongs to) named as its bureau — 泰安市 → 泰安市人力资源和社会保障局.
 * A root organisation already named as an office (市人力资源和社会保障局) keeps its name.
 */
export function bureauName(chain: readonly { name: string; level: OrgLevel }[]): string {
  const city = chain.find((o) => o.level === 'city') ?? chain[0];
  if (!city) return BUREAU_SUFFIX;
  return /(局|厅|中心)$/.test(city.name) ? city.name : `${city.name}${BUREAU_SUFFIX}`;
}

/** The ids of a materialised organisation path, root first: "/1/4/17/" → [1, 4, 17]. */
export const pathIds = (path: string): number[] =>
  path
    .split('/')
    .filter((s) => s !== '')
    .map(Number);
