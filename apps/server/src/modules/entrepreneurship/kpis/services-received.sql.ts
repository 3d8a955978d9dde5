import { type SQL, sql } from 'drizzle-orm';
import {
  entrepreneurshipFileEvents as events,
  entrepreneurshipFollowUps as followUps,
  entrepreneurshipInternships as internships,
  entrepreneurshipBusinessPlans as plans,
  entrepreneurshipProjectLinks as projectLinks,
  entrepreneurshipPlanReviews as reviews,
} from '../files/files.schema.ts';
import { incubationResidents } from '../incubation/incubation.schema.ts';
import { guaranteedLoans } from '../loans/loans.schema.ts';

export const SERVICE_RULE =
  '接受创业服务人数：创业培训人数中，截至统计期末档案记有下列服务之一的人数（闽劳社文〔2024〕96号 能力促创业计划 二(二)“开业指导、项目开发、融资服务、创业孵化、跟踪扶持”，三(四)至三(七)）：创业计划书经专家评审（已录入评审意见）、指定创业导师、推荐创业项目、小额担保贷款已放款、入驻创业孵化基地、参加创业见习、跟踪指导或回访。';

/**
 * 接受创业服务 (能力促创业计划 三(八) "参加创业培训人员接受创业服务"): the trainee's file (`t`) records,
 * on or before `asOf`, at least one of the plan's services (SERVICE_RULE).
 */
export const servedBy = (asOf: string): SQL => {
  const on = sql`${asOf}::date`;
  return sql`(exists (select 1 from ${plans} p join ${reviews} r on r.plan_id = p.id
      where p.file_id = t.id and r.reviewed_on <= ${on})
    or exists (select 1 from ${events} e where e.file_id = t.id and e.action = 'mentor' and e.on_date <= ${on})
    or exists (select 1 from ${projectLinks} l where l.file_id = t.id and l.recommended_on <= ${on})
    or exists (select 1 from ${guaranteedLoans} g where g.file_id = t.id and g.disbursed_on <= ${on})
    or exists (select 1 from ${incubationResidents} i where i.file_id = t.id and i.entered_on <= ${on})
    or exists (select 1 from ${internships} s where s.file_id = t.id and s.starts_on <= ${on})
    or exists (select 1 from ${followUps} u where u.file_id = t.id and u.on_date <= ${on}))`;
};
