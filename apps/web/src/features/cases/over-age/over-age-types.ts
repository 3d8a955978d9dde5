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

/** The declared application (附件1) the street centre takes down. */
export interface OverAgeApplication {
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
}

export interface OverAgeConfirmation {
  serviceYears: number;
  deemedServiceYears: number;
  archiveNumber: string;
  basis: string;
  confirmedBy: string;
  confirmedByName: string;
  confirmedAt: string;
  version: number;
}

export interface BillLine {
  id: string;
  label: string;
  clause: string;
  citation: string;
  payable: boolean;
  amountFen: number;
  amountYuan: string;
}

export interface OverAgePayment {
  receiptNumber: string;
  paidOn: string;
  paidTotalFen: number;
  recordedByName: string;
  recordedAt: string;
}

/** 补缴核定单 (`GET /cases/:id/over-age/bill`): amounts as frozen at review. */
export interface OverAgeBill {
  caseId: string;
  caseNumber: string;
  applicantName: string;
  decidedOn: string | null;
  serviceYears: number | null;
  lines: BillLine[];
  totalFen: number;
  totalYuan: string;
  monthlyPension: BillLine[];
  pensionStartMonth: string | null;
  medicalBenefitsFromMonth: string | null;
  retirementMonth: string | null;
  medicalMissingYears: number | null;
  evaluatedOn: string;
  parameterDate: string;
  payment: OverAgePayment | null;
}

export interface OverAgeOverview {
  caseId: string;
  status: string;
  applicationComplete: boolean;
  applicationIssues: { path: string; message: string }[];
  confirmation: OverAgeConfirmation | null;
  bill: OverAgeBill | null;
  payment: OverAgePayment | null;
  pensionStartMonth: string | null;
}

/** "2024-06" → "2024年6月" */
export const monthText = (month: string | null | undefined) =>
  month ? `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月` : '—';
