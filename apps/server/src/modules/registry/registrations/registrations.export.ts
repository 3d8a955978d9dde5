import { DIFFICULTY_CATEGORY_LABELS, type DifficultyCategory } from '@minsheng/rules/national/difficulty.ts';
import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { loadDictLabels } from '../../../platform/dictionaries/dict-labels.ts';
import { type ExportColumn, exportList } from '../../../platform/excel-export/list-export.ts';
import type { DifficultyService } from '../difficulty/difficulty.service.ts';
import type { RegistrationsService } from './registrations.service.ts';

type UnemploymentQuery = Parameters<RegistrationsService['listUnemployment']>[1];
type DifficultyQuery = Parameters<DifficultyService['list']>[1];
type UnemploymentItem = Awaited<ReturnType<RegistrationsService['listUnemployment']>>['items'][number];
type DifficultyItem = Awaited<ReturnType<DifficultyService['list']>>['items'][number];

const personColumns = <T extends { personName: string; idNumberMasked: string }>(): ExportColumn<T>[] => [
  { header: '姓名', width: 12, value: (r) => r.personName },
  { header: '公民身份号码', width: 22, value: (r) => r.idNumberMasked },
];
const state = (endedOn: string | null, endLabel: string) => (endedOn ? `${endedOn} ${endLabel}` : '有效');

/**
 * The unemployment-registration and difficulty-person lists (失业登记名单、就业困难人员名单) as
 * xlsx, with the screen's filter and scope; ID numbers masked.
 */
export function createRegistrationExports(deps: {
  db: Db;
  registrations: RegistrationsService;
  difficulty: DifficultyService;
}) {
  const { db } = deps;
  return {
    async unemployment(actor: Actor, query: UnemploymentQuery) {
      const label = await loadDictLabels(db, ['unemployment_reason', 'unemployment_end_reason']);
      return exportList<UnemploymentItem>(db, actor, {
        sheetName: '失业登记名单',
        columns: [
          ...personColumns<UnemploymentItem>(),
          { header: '《就业创业证》编号', width: 20, value: (r) => r.certificateNumber },
          { header: '登记日期', width: 12, value: (r) => r.registeredOn },
          { header: '登记机构', width: 16, value: (r) => r.stationName },
          { header: '失业原因', width: 16, value: (r) => label('unemployment_reason', r.reason) },
          {
            header: '状态',
            width: 24,
            value: (r) => state(r.endedOn, `注销（${label('unemployment_end_reason', r.endReason)}）`),
          },
        ],
        page: (page, pageSize) => deps.registrations.listUnemployment(actor, query, { page, pageSize }),
        audit: {
          action: 'unemployment_registration.export',
          targetType: 'unemployment_registration',
          filter: query,
        },
      });
    },

    async difficulty(actor: Actor, query: DifficultyQuery) {
      const label = await loadDictLabels(db, ['difficulty_exit_reason']);
      return exportList<DifficultyItem>(db, actor, {
        sheetName: '就业困难人员名单',
        columns: [
          ...personColumns<DifficultyItem>(),
          {
            header: '人员类别',
            width: 20,
            value: (r) => DIFFICULTY_CATEGORY_LABELS[r.category as DifficultyCategory] ?? r.category,
          },
          { header: '认定日期', width: 12, value: (r) => r.decidedOn },
          { header: '认定人', width: 12, value: (r) => r.decidedByName },
          {
            header: '状态',
            width: 24,
            value: (r) => state(r.exitedOn, `退出（${label('difficulty_exit_reason', r.exitReason)}）`),
          },
        ],
        page: (page, pageSize) => deps.difficulty.list(actor, query, { page, pageSize }),
        audit: {
          action: 'difficulty_determination.export',
          targetType: 'difficulty_determination',
          filter: query,
        },
      });
    },
  };
}

export type RegistrationExports = ReturnType<typeof createRegistrationExports>;
