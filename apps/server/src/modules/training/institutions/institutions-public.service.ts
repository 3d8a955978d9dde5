import type { Db } from '../../../db/client.ts';
import type { Clock } from '../../../platform/clock.ts';
import { institutionStatusLabels } from './institution-lifecycle.ts';
import { createInstitutionsPublicRepo } from './institutions-public.repo.ts';

const classStatusLabels = { approved: '即将开班', running: '培训中' } as const;

/**
 * 定点培训机构名单 for the public (社会公示和公布, 000 第五篇 (八); 003 (三) 对定点培训机构和培训项目
 * 进行公告和公示): who may train now, for which occupations and levels, until when, and the classes
 * a person may still ask to join. No sign-in and no personal data.
 */
export function createInstitutionsPublicService(deps: { db: Db; clock: Clock }) {
  const repo = createInstitutionsPublicRepo(deps.db);
  return {
    async list() {
      const today = deps.clock.today();
      const institutions = await repo.listed(today);
      const classes = await repo.classes(institutions.map((i) => i.id));
      return {
        asOf: today,
        items: institutions.map(({ statusReason, rectifyBy, ...i }) => ({
          ...i,
          statusLabel: institutionStatusLabels[i.status],
          // Why an institution is rectifying is part of what the public is told; nothing else is.
          rectification: i.status === 'rectifying' ? { reason: statusReason, rectifyBy } : null,
          classes: classes
            .filter((c) => c.institutionId === i.id)
            .map(({ institutionId: _, status, ...c }) => ({
              ...c,
              status: status as 'approved' | 'running',
              statusLabel: classStatusLabels[status as 'approved' | 'running'],
            })),
        })),
      };
    },
  };
}

export type InstitutionsPublicService = ReturnType<typeof createInstitutionsPublicService>;
