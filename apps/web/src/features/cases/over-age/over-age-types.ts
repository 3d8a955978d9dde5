import type { Answer } from '../../../app/api/typed-client';

/** The Qingdao over-age fixed-worker item (青劳社〔2024〕69号), as the server names it. */
export const OVER_AGE_POLICY = 'qingdao.over-age-fixed-workers';

export const ownershipLabels: Record<string, string> = {
  state: '国有企业',
  collective_county_or_above: '县以上集体企业',
  collective_below_county: '县以下集体企业',
  other: '其他',
};

export const areaLabels: Record<string, string> = {
  city_districts: '市区',
  jiaonan: '胶南市',
  jiaozhou: '胶州市',
  jimo: '即墨市',
  pingdu: '平度市',
  laixi: '莱西市',
};

export const femaleCategoryLabels: Record<string, string> = {
  female_worker: '女工人（50周岁）',
  female_cadre: '女干部（55周岁）',
};

/**
 * The declared application (附件1) the street centre takes down. The OpenAPI document names the
 * body only as a record (the server checks it against over-age.application.ts), so its fields are
 * written here.
 */
export type OverAgeApplication = {
  formerEmployerName: string;
  ownership: string;
  formalEmployment: boolean;
  startedWorkOn?: string | undefined;
  leftEmployerOn: string;
  declaredServiceYears?: number | undefined;
  area: string;
  insuredSinceLeaving: boolean;
  receivingPension: boolean;
  femaleRetirementCategory?: string | undefined;
  address?: string | undefined;
  phone?: string | undefined;
};

export type OverAgeConfirmation = Answer<'/api/cases/{id}/over-age/service-years', 'put'>;
/** 补缴核定单 (`GET /cases/:id/over-age/bill`): amounts as frozen at review. */
export type OverAgeBill = Answer<'/api/cases/{id}/over-age/bill', 'get'>;
export type BillLine = OverAgeBill['lines'][number];

/** "2024-06" → "2024年6月" */
export const monthText = (month: string | null | undefined) =>
  month ? `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月` : '—';
