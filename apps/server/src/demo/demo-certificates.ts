import { addDays } from '@minsheng/rules/engine/dates.ts';
import { asc, like } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { qualificationCertificates } from '../modules/registry/certificates/certificates.schema.ts';
import { persons } from '../modules/registry/persons/persons.schema.ts';
import { insertChunked } from './demo-insert.ts';
import { seededRandom } from './demo-persons.ts';

const occupations = [
  '电工',
  '焊工',
  '育婴员',
  '养老护理员',
  '中式烹调师',
  '美发师',
  '汽车维修工',
  '保育员',
  '茶艺师',
];
const ISSUER = '泰安市职业技能鉴定指导中心';

/**
 * Qualification certificates for about one demo person in twelve (levels 5–3 mostly, a few
 * technicians), issued within the last three years and never before the holder turned 18;
 * deterministic for a seed, numbers unique (`S` + year + serial), existing numbers skipped.
 */
export async function addDemoCertificates(
  tx: Executor,
  opts: { orgPath: string; seed?: number; today: string },
): Promise<number> {
  const r = seededRandom(opts.seed ?? 2029);
  const { today } = opts;
  const people = await tx
    .select({
      id: persons.id,
      birthDate: persons.birthDate,
      orgId: persons.orgId,
      orgPath: persons.orgPath,
      createdBy: persons.createdBy,
    })
    .from(persons)
    .where(like(persons.orgPath, `${opts.orgPath}%`))
    .orderBy(asc(persons.idNumberHash));
  const rows = [];
  for (const p of people) {
    if (r.next() >= 1 / 12) continue;
    const issuedOn = addDays(today, -r.int(1, 3 * 365));
    if (addDays(p.birthDate, 18 * 365 + 5) > issuedOn) continue;
    rows.push({
      personId: p.id,
      number: `S${issuedOn.slice(0, 4)}${String(rows.length + 1).padStart(7, '0')}${String(r.int(0, 999)).padStart(3, '0')}`,
      occupation: r.pick(occupations),
      level: r.weighted([
        ['5', 35],
        ['4', 35],
        ['3', 22],
        ['2', 6],
        ['1', 2],
      ] as const),
      issuedOn,
      issuer: ISSUER,
      obtainedBy: r.weighted([
        ['training', 70],
        ['evaluation', 20],
        ['competition', 5],
        ['direct_appraisal', 5],
      ] as const),
      orgId: p.orgId,
      orgPath: p.orgPath,
      createdBy: p.createdBy,
    });
  }
  const inserted = await insertChunked(rows, (c) =>
    tx
      .insert(qualificationCertificates)
      .values(c)
      .onConflictDoNothing({ target: qualificationCertificates.number })
      .returning({ id: qualificationCertificates.id }),
  );
  return inserted.length;
}
