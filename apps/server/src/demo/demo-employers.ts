import { creditCodeCheckChar } from '@minsheng/rules/national/credit-code.ts';
import { and, eq, like } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { employers } from '../modules/registry/employers/employers.schema.ts';
import { maskPhone } from '../modules/registry/persons/person-fields.ts';
import type { FieldCipher } from '../platform/crypto.ts';
import { organisations } from '../platform/orgs/orgs.schema.ts';
import { insertChunked } from './demo-insert.ts';
import { type Random, seededRandom } from './demo-persons.ts';

const brands = [
  '鑫达',
  '泰山',
  '岱宗',
  '恒信',
  '宏图',
  '金源',
  '华泰',
  '瑞丰',
  '汶河',
  '东岳',
  '佳和',
  '海川',
];
// [business, industry (GB/T 4754 门类), name suffix, weight]
const trades: [string, string, string, number][] = [
  ['机械制造', 'C', '有限公司', 20],
  ['纺织服装', 'C', '有限公司', 10],
  ['食品加工', 'C', '有限公司', 10],
  ['建筑工程', 'E', '有限公司', 10],
  ['商贸', 'F', '有限公司', 12],
  ['物流', 'G', '有限公司', 8],
  ['餐饮', 'H', '店', 10],
  ['家政服务', 'O', '有限公司', 8],
  ['物业管理', 'K', '有限公司', 6],
  ['信息技术', 'I', '有限公司', 6],
];

/** A unified social credit code with a correct GB 32100 check character: 9 = 市场监管, 1 = 企业. */
export function demoCreditCode(r: Random, regionCode: string): string {
  const organisation = Array.from({ length: 9 }, () => r.int(0, 9)).join('');
  const first17 = `91${regionCode.slice(0, 6)}${organisation}`;
  return first17 + creditCodeCheckChar(first17);
}

/**
 * `perStreet` demo employers in every street of the organisation subtree at `cityPath` (mostly
 * small manufacturing and service firms), deterministic for a seed. Codes already present are
 * skipped, so growing a city is safe. Answers how many were inserted.
 */
export async function addDemoEmployers(
  tx: Executor,
  cipher: FieldCipher,
  opts: { cityPath: string; perStreet: number; seed?: number },
): Promise<number> {
  const r = seededRandom(opts.seed ?? 2028);
  const streets = await tx
    .select({
      id: organisations.id,
      path: organisations.path,
      name: organisations.name,
      code: organisations.regionCode,
    })
    .from(organisations)
    .where(and(like(organisations.path, `${opts.cityPath}%`), eq(organisations.level, 'street')));
  const rows = streets.flatMap((s) =>
    Array.from({ length: opts.perStreet }, () => {
      const [business, industry, suffix] = r.weighted(trades.map((t) => [t, t[3]] as const));
      const phone = `0538${r.int(1_000_000, 9_999_999)}`;
      return {
        creditCode: demoCreditCode(r, s.code),
        name: `泰安市${r.pick(brands)}${business}${suffix}`,
        type: suffix === '店' ? 'individual' : 'enterprise',
        industry,
        size: r.weighted([
          ['micro', 50],
          ['small', 35],
          ['medium', 12],
          ['large', 3],
        ] as const),
        address: `${s.name}${r.pick(['工业园', '商业街', '创业路', '泰山大街'])}${r.int(1, 300)}号`,
        phoneEnc: cipher.encrypt(phone),
        phoneHash: cipher.lookupHash(phone),
        phoneMasked: maskPhone(phone),
        orgId: s.id,
        orgPath: s.path,
      };
    }),
  );
  const inserted = await insertChunked(rows, (c) =>
    tx
      .insert(employers)
      .values(c)
      .onConflictDoNothing({ target: employers.creditCode })
      .returning({ id: employers.id }),
  );
  return inserted.length;
}
