import { residentIdCheckDigit } from '@minsheng/rules/national/resident-id.ts';

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same demo city everywhere. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  /** Picks by weight: `[[value, weight], …]`. */
  const weighted = <T>(xs: readonly (readonly [T, number])[]): T => {
    const total = xs.reduce((s, [, w]) => s + w, 0);
    let r = next() * total;
    for (const [v, w] of xs) {
      r -= w;
      if (r < 0) return v;
    }
    return xs[xs.length - 1]![0];
  };
  return { next, int, pick, weighted };
}
export type Random = ReturnType<typeof seededRandom>;

// The most common surnames, roughly by frequency in Shandong.
const surnames = [
  ['王', 9],
  ['张', 8],
  ['李', 8],
  ['刘', 6],
  ['赵', 4],
  ['孙', 4],
  ['陈', 3],
  ['杨', 3],
  ['徐', 2],
  ['马', 2],
  ['朱', 2],
  ['胡', 1],
  ['郭', 2],
  ['高', 2],
  ['吕', 1],
  ['宋', 1],
  ['韩', 1],
  ['崔', 1],
  ['董', 1],
  ['范', 1],
  ['褚', 1],
  ['孔', 1],
  ['颜', 1],
] as const;
const maleChars = '伟强磊军勇涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆亮成建国兵志新立东峰';
const femaleChars = '芳娜敏静丽艳娟霞燕玲桂英秀兰萍红梅琳雪慧颖倩婷洁晶欣悦丹淑云';

const ethnicities = [
  ['01', 970],
  ['03', 20],
  ['08', 4],
  ['11', 3],
  ['02', 3],
] as const;
const educations = [
  ['20', 15],
  ['30', 18],
  ['40', 12],
  ['60', 18],
  ['70', 25],
  ['80', 8],
  ['10', 2],
  ['90', 2],
] as const;

export interface DemoCommunity {
  id: number;
  /** Materialised path of the community (scope matching). */
  path: string;
  /** 12-digit community code; its first six digits are the district's, used in the ID numbers. */
  regionCode: string;
  /** Human-readable location for addresses, e.g. 泰安市泰山区岱庙街道岱宗社区. */
  address: string;
}

export interface DemoPerson {
  idNumber: string;
  name: string;
  gender: '1' | '2';
  birthDate: string;
  ethnicity: string;
  education: string;
  hukouType: 'urban' | 'rural';
  hukouPlace: 'local' | 'province' | 'other';
  address: string;
  phone: string;
  orgId: number;
  orgPath: string;
  /** Days before "now" the person was registered, to spread `createdAt`. */
  registeredDaysAgo: number;
}

const START = Date.UTC(1960, 0, 1);
const END = Date.UTC(2005, 11, 31);
const phonePrefixes = [
  '130',
  '131',
  '132',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '155',
  '158',
  '159',
  '176',
  '177',
  '186',
  '187',
  '188',
  '189',
];

/**
 * `n` demo persons spread over the communities, deterministic for a seed: valid resident ID
 * numbers (the district's region code, a real birth date 1960–2005, sequence with the right gender
 * parity, correct check digit), all distinct. Pure: no database, no clock. Lazy, so a city of
 * millions is inserted chunk by chunk without holding every person in memory.
 */
export function* demoPersons(seed: number, n: number, orgs: readonly DemoCommunity[]): Generator<DemoPerson> {
  if (orgs.length === 0) throw new Error('demoPersons needs at least one community');
  const r = seededRandom(seed);
  const seen = new Set<string>();
  while (seen.size < n) {
    const org = r.pick(orgs);
    const male = r.next() < 0.5;
    const birth = new Date(START + Math.floor(r.next() * ((END - START) / 86_400_000 + 1)) * 86_400_000);
    const ymd = birth.toISOString().slice(0, 10);
    // Sequence: odd for men, even for women (GB 11643).
    const seq = r.int(0, 499) * 2 + (male ? 1 : 0);
    const first17 = `${org.regionCode.slice(0, 6)}${ymd.replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
    const idNumber = first17 + residentIdCheckDigit(first17);
    if (seen.has(idNumber)) continue;
    seen.add(idNumber);
    const chars = male ? maleChars : femaleChars;
    const given = r.next() < 0.7 ? r.pick([...chars]) + r.pick([...chars]) : r.pick([...chars]);
    const rural = r.next() < 0.45;
    yield {
      idNumber,
      name: r.weighted(surnames) + given,
      gender: male ? '1' : '2',
      birthDate: ymd,
      ethnicity: r.weighted(ethnicities),
      education: r.weighted(educations),
      hukouType: rural ? 'rural' : 'urban',
      hukouPlace: r.weighted([
        ['local', 85],
        ['province', 10],
        ['other', 5],
      ] as const),
      address: `${org.address}${r.int(1, 30)}号楼${r.int(1, 4)}单元${r.int(1, 6)}0${r.int(1, 4)}室`,
      phone: r.pick(phonePrefixes) + String(r.int(0, 99_999_999)).padStart(8, '0'),
      orgId: org.id,
      orgPath: org.path,
      registeredDaysAgo: r.int(0, 365),
    };
  }
}

/** The same persons as an array, for tests and small cities. */
export const generateDemoPersons = (
  seed: number,
  n: number,
  orgs: readonly DemoCommunity[],
): DemoPerson[] => [...demoPersons(seed, n, orgs)];
