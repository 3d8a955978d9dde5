import type { CaseMaterial, MaterialTick } from './case-types';

/** The officer's material ticks on the case page, by material code. */
export type Ticks = Record<string, { provided: boolean; note: string | null }>;

export const ticksOf = (materials: readonly CaseMaterial[]): Ticks =>
  Object.fromEntries(materials.map((m) => [m.code, { provided: m.provided, note: m.note }]));

export const tickList = (ticks: Ticks): MaterialTick[] =>
  Object.entries(ticks).map(([code, t]) => ({ code, provided: t.provided, note: t.note }));

/** Required materials not ticked as provided: what a supplement notice would list. */
export const missingRequired = (materials: readonly CaseMaterial[], ticks: Ticks): CaseMaterial[] =>
  materials.filter((m) => m.required && !(ticks[m.code]?.provided ?? m.provided));

export const ticksChanged = (materials: readonly CaseMaterial[], ticks: Ticks): boolean =>
  materials.some((m) => {
    const t = ticks[m.code];
    return t !== undefined && (t.provided !== m.provided || (t.note ?? null) !== (m.note ?? null));
  });
