import type { Period, PlanIndicator, SubmissionStatus } from './town-assessment-api';

export {
  assessmentPeriodLabels as periodLabels,
  scoringMethodLabels as methodLabels,
} from '@minsheng/rules/policies/feicheng/town-assessment/plan-scoring.ts';

export const statusLabels: Record<SubmissionStatus, { text: string; color: string }> = {
  draft: { text: '草稿', color: 'default' },
  submitted: { text: '已上报', color: 'processing' },
  reviewed: { text: '已审核', color: 'success' },
};

export const unitLabels: Record<PlanIndicator['unit'], string> = { persons: '人', yuan: '元', points: '分' };

/** The document's title as printed (二: 半年通报 in early July, 年终考核 at the year's end). */
export const documentTitle = (period: Period, year: number) =>
  period === 'half_year'
    ? `关于${year}年上半年各街镇就业再就业和社会保障工作完成情况的通报`
    : `关于${year}年度对街镇就业再就业和社会保障工作考核结果的通报`;

export const quarterText = (year: number, quarter: number) => `${year}年第${quarter}季度`;
