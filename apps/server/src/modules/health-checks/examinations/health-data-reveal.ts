import type { Executor } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import { forbidden } from '../../../platform/errors.ts';
import { canRevealHealthData } from '../health-check-access.ts';

/**
 * Opens health data (个人信息保护法 第二十八条) to an actor who found the record through the read
 * filter: only the examining hospital's staff or the 医保处 with `health_check:reveal`, and only with
 * the purpose they stated, which the audit row keeps (the data itself never goes into the log).
 */
export async function revealHealthData(
  db: Executor,
  actor: Actor,
  target: { hospitalId: string; type: 'health_check_examination' | 'health_check_finding'; id: string },
  purpose: string,
) {
  if (!(await canRevealHealthData(db, actor, target.hospitalId)))
    throw forbidden('体检结果等健康数据仅限体检医院本院人员和医保处授权人员查看');
  await recordAudit(db, actor, {
    action: `${target.type}.view`,
    targetType: target.type,
    targetId: target.id,
    detail: { purpose },
  });
}
