import type { Executor } from '../../../db/client.ts';
import { invalid, notFound } from '../../../platform/errors.ts';
import { createHospitalsRepo } from './hospitals.repo.ts';
import { hospitalStatusLabels } from './hospitals.schema.ts';

/**
 * The hospital, when the 医保处 has designated it (第一条: only a designated hospital takes the insured
 * employees' health checks). Whoever allocates examinees to a hospital calls this first; the caller
 * has already checked the actor's right to allocate.
 */
export async function requireDesignated(db: Executor, hospitalId: string) {
  const row = await createHospitalsRepo(db).byId(hospitalId);
  if (!row) throw notFound('体检医院');
  if (row.status !== 'designated')
    throw invalid(
      `「${row.name}」当前为「${hospitalStatusLabels[row.status]}」，尚未确定为体检定点，不能分配体检人员（第一条）`,
    );
  return row;
}
