import {
  type RecruitedWorker,
  recruitedWorkerCounts,
} from '@minsheng/rules/policies/county/recruitment-assessment/recruited-worker.ts';

/** The five matching documents (五符合, seed 001 篇1 二、4), each filed as an attachment of the entry. */
export const evidenceCategories = {
  referralReceipt: '介绍信回执',
  enterpriseRoster: '企业用工花名册',
  monthlyPayroll: '企业每月发放工资名册',
  employeeCard: '员工卡',
  idCopy: '员工身份证复印件',
} satisfies Record<keyof RecruitedWorker['documents'], string>;

export interface ContractTerms {
  employerId: string;
  startsOn: string;
  endsOn: string | null;
  endedOn: string | null;
}

/**
 * Whether a ledger entry counts on `asOf` (today during the year, the cut-off after it): the
 * registry's labour contract with the employer that covers the hiring date gives "签订劳动合同" and,
 * when it ended, the leaving date; the filed attachments give the five documents. The decision is
 * the rules package's `recruitedWorkerCounts`.
 */
export function evaluateRecruitedWorker(
  entry: { employerId: string; hiredOn: string },
  contracts: ContractTerms[],
  categories: ReadonlySet<string>,
  asOf: string,
) {
  const contract = contracts.find(
    (c) =>
      c.employerId === entry.employerId &&
      c.startsOn <= asOf &&
      (c.endedOn ?? c.endsOn ?? '9999-12-31') >= entry.hiredOn,
  );
  const end = contract?.endedOn ?? contract?.endsOn ?? null;
  const documents = Object.fromEntries(
    Object.keys(evidenceCategories).map((k) => [k, categories.has(k)]),
  ) as RecruitedWorker['documents'];
  return recruitedWorkerCounts(
    {
      hiredOn: entry.hiredOn,
      leftOn: end !== null && end < asOf ? end : null,
      labourContract: Boolean(contract),
      documents,
    },
    asOf,
  );
}
