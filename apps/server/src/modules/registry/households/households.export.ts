import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { exportList } from '../../../platform/excel-export/list-export.ts';
import type { ZeroEmploymentStatus } from './households.schema.ts';
import type { HouseholdQuery, HouseholdsService } from './households.service.ts';

type Item = Awaited<ReturnType<HouseholdsService['list']>>['items'][number];

const statusLabels: Record<ZeroEmploymentStatus, string> = {
  active: '零就业家庭（在册）',
  eliminated: '零就业家庭（已消除）',
};

/** The household list (家庭名单) as xlsx, with the list's filter and scope; no ID numbers in it. */
export function createHouseholdsExport(deps: { db: Db; households: HouseholdsService }) {
  return (actor: Actor, query: Omit<HouseholdQuery, 'page' | 'pageSize'>) =>
    exportList<Item>(deps.db, actor, {
      sheetName: '家庭名单',
      columns: [
        { header: '户号', width: 20, value: (h) => h.number },
        { header: '户主', width: 12, value: (h) => h.head?.name },
        { header: '家庭人数', width: 10, value: (h) => h.memberCount },
        { header: '住址', width: 30, value: (h) => h.address },
        {
          header: '零就业家庭',
          width: 20,
          value: (h) => (h.zeroEmploymentStatus ? statusLabels[h.zeroEmploymentStatus] : '否'),
        },
        { header: '所属机构', width: 16, value: (h) => h.org.name },
      ],
      page: (page, pageSize) => deps.households.list(actor, { ...query, page, pageSize }),
      audit: { action: 'household.export', targetType: 'household', filter: { ...query } },
    });
}
