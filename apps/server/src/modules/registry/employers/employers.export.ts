import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { loadDictLabels } from '../../../platform/dictionaries/dict-labels.ts';
import { exportList } from '../../../platform/excel-export/list-export.ts';
import type { EmployerSort } from './employers.repo.ts';
import type { EmployerQuery, EmployersService } from './employers.service.ts';

/** The employer list as xlsx: the list's own filter, scope and order; contact phones masked. */
export function createEmployersExport(deps: { db: Db; employers: EmployersService }) {
  return async (actor: Actor, query: EmployerQuery & { sort: EmployerSort }) => {
    const label = await loadDictLabels(deps.db, ['employer_type', 'industry', 'employer_size']);
    type Item = Awaited<ReturnType<EmployersService['list']>>['items'][number];
    return exportList<Item>(deps.db, actor, {
      sheetName: '用人单位名单',
      columns: [
        { header: '统一社会信用代码', width: 22, value: (e) => e.creditCode },
        { header: '单位名称', width: 30, value: (e) => e.name },
        { header: '单位类型', width: 14, value: (e) => label('employer_type', e.type) },
        { header: '所属行业', width: 20, value: (e) => label('industry', e.industry) },
        { header: '企业规模', width: 10, value: (e) => label('employer_size', e.size) },
        { header: '联系电话', width: 14, value: (e) => e.phoneMasked },
        { header: '所属机构', width: 16, value: (e) => e.org.name },
      ],
      page: (page, pageSize) => deps.employers.list(actor, { ...query, page, pageSize }),
      audit: {
        action: 'employer.export',
        targetType: 'employer',
        filter: {
          q: query.q ?? null,
          orgId: query.orgId ?? null,
          industry: query.industry ?? null,
          type: query.type ?? null,
        },
      },
    });
  };
}
