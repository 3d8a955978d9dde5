import { z } from 'zod';
import { dateRanges } from '../../../platform/dates/date-ranges.ts';
import { isoDateIn } from '../../../platform/http/input-schemas.ts';

/** The Qingdao over-age fixed-worker item (青劳社〔2024〕69号). */
export const OVER_AGE_POLICY = 'qingdao.over-age-fixed-workers';

const zhCN = z.locales.zhCN();
const isoDate = (what: string) => isoDateIn(dateRanges.working, `请填写${what}（YYYY-MM-DD）`);

export const ownershipLabels = {
  state: '国有企业',
  collective_county_or_above: '县以上集体企业',
  collective_below_county: '县以下集体企业',
  other: '其他',
} as const;

export const areaLabels = {
  city_districts: '市区',
  jiaonan: '胶南市',
  jiaozhou: '胶州市',
  jimo: '即墨市',
  pingdu: '平度市',
  laixi: '莱西市',
} as const;

export const femaleCategoryLabels = {
  female_worker: '女工人（50周岁）',
  female_cadre: '女干部（55周岁）',
} as const;

const keys = <T extends Record<string, string>>(o: T) =>
  Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];

/**
 * What the street centre takes down from the written application (附件1) that the registry does not
 * hold. Identity, birth date, gender and hukou come from the person's registry record; the service
 * years come from the city agency's confirmation, never from the applicant.
 */
export const OverAgeApplication = z.object({
  formerEmployerName: z
    .string({ error: '请填写原工作单位名称' })
    .trim()
    .min(1, '请填写原工作单位名称')
    .max(100),
  ownership: z.enum(keys(ownershipLabels), { error: '请选择原单位性质' }),
  /** 通过劳动部门办理了正式就业手续 */
  formalEmployment: z.boolean({ error: '请选择是否办理正式就业手续' }),
  startedWorkOn: isoDate('参加工作时间').optional(),
  leftEmployerOn: isoDate('离开原单位时间'),
  /** 申请人申报的连续工龄（含视同工龄），待市劳动保险经办机构确认 */
  declaredServiceYears: z.number({ error: '申报连续工龄应为 0–60 的整数' }).int().min(0).max(60).optional(),
  area: z.enum(keys(areaLabels), { error: '请选择户籍所在区（市）' }),
  insuredSinceLeaving: z.boolean({ error: '请选择离开单位后是否参加过养老、医疗保险' }),
  receivingPension: z.boolean({ error: '请选择是否已享受定期养老待遇' }),
  femaleRetirementCategory: z.enum(keys(femaleCategoryLabels)).optional(),
  address: z.string().trim().max(200).optional(),
  phone: z.string().trim().max(30).optional(),
});
export type OverAgeApplication = z.output<typeof OverAgeApplication>;

/** The declared application when complete, or the Chinese list of what is missing or wrong. */
export function parseOverAgeApplication(
  value: unknown,
): { ok: true; value: OverAgeApplication } | { ok: false; issues: { path: string; message: string }[] } {
  const parsed = OverAgeApplication.safeParse(value, { error: zhCN.localeError });
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((i) => ({ path: `application.${i.path.join('.')}`, message: i.message })),
  };
}
