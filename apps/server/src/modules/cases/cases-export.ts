import { fenToYuan } from '@minsheng/rules/engine/money.ts';
import type { Db } from '../../db/client.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { bureauDate } from '../../platform/clock.ts';
import { exportList } from '../../platform/excel-export/list-export.ts';
import type { CasesService } from './cases.service.ts';
import type { CaseListQuery } from './cases-query.service.ts';

type Item = Awaited<ReturnType<CasesService['list']>>['items'][number];

const amount = (fen: number | null) => (fen === null ? '' : fenToYuan(fen));
const dueNote = (c: Item) => (c.overdue ? '已逾期' : c.dueSoon ? '即将到期' : '');

/**
 * The case list as an xlsx ledger (案件台账): the list's filter, scope and order (earliest due date
 * first); amounts in yuan with two decimals from integer fen; audited with the filter and count.
 */
export function createCasesExport(deps: { db: Db; cases: CasesService }) {
  return (actor: Actor, query: Omit<CaseListQuery, 'page' | 'pageSize'>) =>
    exportList<Item>(deps.db, actor, {
      sheetName: '案件台账',
      columns: [
        { header: '案件编号', width: 16, value: (c) => c.number },
        { header: '经办事项', width: 30, value: (c) => c.caseType.name },
        { header: '申请人', width: 16, value: (c) => c.applicantName },
        { header: '申请方式', width: 14, value: (c) => c.applicantKindLabel },
        { header: '状态', width: 12, value: (c) => c.statusLabel },
        { header: '办理期限', width: 12, value: (c) => c.dueOn },
        { header: '期限提示', width: 10, value: dueNote },
        { header: '拟核定金额（元）', width: 14, value: (c) => amount(c.proposedAmountFen) },
        { header: '批准金额（元）', width: 14, value: (c) => amount(c.approvedAmountFen) },
        { header: '所属机构', width: 16, value: (c) => c.org.name },
        { header: '提交日期', width: 12, value: (c) => (c.submittedAt ? bureauDate(c.submittedAt) : '') },
      ],
      page: (page, pageSize) => deps.cases.list(actor, { ...query, page, pageSize }),
      audit: { action: 'case.export', targetType: 'case', filter: { ...query } },
    });
}
