import { describe, expect, it } from 'vitest';
import { type RecruitedWorker, recruitedWorkerCounts } from './recruited-worker.ts';

const worker = (over: Partial<RecruitedWorker> = {}): RecruitedWorker => ({
  hiredOn: '2025-03-10',
  leftOn: null,
  labourContract: true,
  documents: {
    referralReceipt: true,
    enterpriseRoster: true,
    monthlyPayroll: true,
    employeeCard: true,
    idCopy: true,
  },
  ...over,
});
const cutoff = '2025-12-25';

describe('recruitedWorkerCounts', () => {
  it('counts a worker hired this year on contract with three months and all five documents', () => {
    expect(recruitedWorkerCounts(worker(), cutoff)).toEqual({ counts: true, reasons: [] });
  });

  it('needs three full consecutive months by the cut-off or the leaving date', () => {
    expect(recruitedWorkerCounts(worker({ hiredOn: '2025-09-25' }), cutoff).counts).toBe(true);
    expect(recruitedWorkerCounts(worker({ hiredOn: '2025-09-26' }), cutoff).reasons).toEqual([
      '截至2025-12-25在同一企业连续务工不满3个月',
    ]);
    expect(recruitedWorkerCounts(worker({ leftOn: '2025-06-09' }), cutoff).counts).toBe(false);
    expect(recruitedWorkerCounts(worker({ leftOn: '2025-06-10' }), cutoff).counts).toBe(true);
  });

  it('names every missing requirement', () => {
    const r = recruitedWorkerCounts(
      worker({
        hiredOn: '2024-12-01',
        labourContract: false,
        documents: {
          referralReceipt: false,
          enterpriseRoster: true,
          monthlyPayroll: false,
          employeeCard: true,
          idCopy: true,
        },
      }),
      cutoff,
    );
    expect(r.reasons).toEqual([
      '不是本年度新招收的人员',
      '未签订劳动合同',
      '“五符合”材料缺少：介绍信回执、企业每月发放工资名册',
    ]);
  });
});
