/** 劳动合同期限类型 (劳动合同法 第十二条). */
export type ContractTermKind = 'fixed' | 'open_ended' | 'task';
export const termKindLabels: Record<ContractTermKind, string> = {
  fixed: '固定期限',
  open_ended: '无固定期限',
  task: '以完成一定工作任务为期限',
};

export interface Contract {
  id: string;
  personId: string;
  employerId: string;
  employer: { id: string; name: string; creditCode: string };
  termKind: ContractTermKind;
  position: string | null;
  signedOn: string;
  startsOn: string;
  endsOn: string | null;
  endedOn: string | null;
  endReason: string | null;
  /** full months of the agreed term; null without an agreed end */
  termMonths: number | null;
  atLeastOneYear: boolean;
  inForce: boolean;
  createdAt: string;
  version: number;
}

export interface WorkforceItem extends Contract {
  person: { id: string; name: string; idNumberMasked: string };
}

export interface ContractBody {
  employerId: string;
  termKind: ContractTermKind;
  position?: string | null;
  signedOn: string;
  startsOn: string;
  endsOn?: string | null;
}

export interface ContractPatch extends Partial<Omit<ContractBody, 'employerId'>> {
  endedOn?: string | null;
  endReason?: string | null;
  version: number;
}

export type ContributionStatus = 'paid' | 'arrears';
export const contributionStatusLabels: Record<ContributionStatus, string> = { paid: '已缴', arrears: '欠缴' };
export const insuranceKindDict = 'insurance_kind';

export interface Contribution {
  id: string;
  personId: string;
  employer: { id: string; name: string } | null;
  kind: string;
  /** 'YYYY-MM' */
  month: string;
  status: ContributionStatus;
  baseFen: number;
  personalFen: number;
  unitFen: number;
  createdAt: string;
}

export interface ContributionPage {
  items: Contribution[];
  total: number;
  totals: { records: number; arrears: number; personalFen: number; unitFen: number };
}

export interface ContributionFilters {
  kind?: string;
  from?: string;
  to?: string;
}

export interface ContributionBody {
  employerId: string | null;
  kind: string;
  month: string;
  status: ContributionStatus;
  baseFen: number;
  personalFen: number;
  unitFen: number;
}

export interface KindSummary {
  kind: string;
  label: string;
  insuredMonths: number;
  fullYears: number;
  continuousMonthsToDate: number;
  longestContinuousMonths: number;
  firstMonth: string | null;
  lastMonth: string | null;
  arrearsMonths: number;
}

export interface InsuranceSummary {
  asOf: string;
  kinds: KindSummary[];
  contracts: { total: number; current: Contract | null; currentAtLeastOneYear: boolean | null };
}
