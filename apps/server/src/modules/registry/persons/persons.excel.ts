import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Db } from '../../../db/client.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { hasPermission } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { FieldCipher } from '../../../platform/crypto.ts';
import { loadDictLabels } from '../../../platform/dictionaries/dict-labels.ts';
import { forbidden } from '../../../platform/errors.ts';
import { createPersonsRepo } from './persons.repo.ts';
import { type PersonQuery, resolvePersonFilter } from './persons.service.ts';

const BATCH = 1000;

const columns = [
  { header: '姓名', key: 'name', width: 12 },
  { header: '公民身份号码', key: 'idNumberMasked', width: 22 },
  { header: '性别', key: 'gender', width: 6 },
  { header: '出生日期', key: 'birthDate', width: 12 },
  { header: '民族', key: 'ethnicity', width: 10 },
  { header: '文化程度', key: 'education', width: 14 },
  { header: '户口性质', key: 'hukouType', width: 10 },
  { header: '户籍地类别', key: 'hukouPlace', width: 12 },
  { header: '联系电话', key: 'phoneMasked', width: 14 },
  { header: '现住址', key: 'address', width: 30 },
  { header: '所属机构', key: 'org', width: 16 },
  { header: '登记时间', key: 'createdAt', width: 20 },
];

/**
 * The person list as xlsx, streamed: rows are read in keyset batches and written through exceljs'
 * streaming writer, so memory stays flat however long the list. Only masked ID and phone numbers
 * leave the server. The export is audited (filter and row count) before the first byte is sent.
 */
export function createPersonsExport(deps: { db: Db; cipher: FieldCipher; clock: Clock }) {
  const { db, cipher } = deps;
  const repo = createPersonsRepo(db);

  return async function exportXlsx(
    actor: Actor,
    query: PersonQuery,
  ): Promise<{ stream: Readable; rows: number }> {
    if (!hasPermission(actor, 'person:export')) throw forbidden();
    const f = await resolvePersonFilter(repo, cipher, query, deps.clock.today());
    const rows = f ? await repo.count(actor, 'person:export', f) : 0;
    await db.transaction((tx) =>
      recordAudit(tx, actor, {
        action: 'person.export',
        targetType: 'person',
        detail: {
          filter: {
            q: query.q ? (query.q.length >= 11 ? '[证件或电话号码]' : query.q) : null,
            orgId: query.orgId ?? null,
            gender: query.gender ?? null,
            hukouType: query.hukouType ?? null,
          },
          rows,
        },
      }),
    );
    const label = await loadDictLabels(db, ['gender', 'ethnicity', 'education', 'hukou_type', 'hukou_place']);

    const stream = new PassThrough();
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
    const ws = wb.addWorksheet('人员名单');
    ws.columns = columns;
    const write = async () => {
      let after: { name: string; id: string } | null = null;
      while (f) {
        const batch = await repo.exportBatch(actor, f, after, BATCH);
        for (const p of batch) {
          ws.addRow({
            ...p,
            gender: label('gender', p.gender),
            ethnicity: label('ethnicity', p.ethnicity),
            education: label('education', p.education),
            hukouType: label('hukou_type', p.hukouType),
            hukouPlace: label('hukou_place', p.hukouPlace),
            phoneMasked: p.phoneMasked ?? '',
            address: p.address ?? '',
            org: p.orgName,
            createdAt: p.createdAt.toISOString().replace('T', ' ').slice(0, 19),
          }).commit();
        }
        if (batch.length < BATCH) break;
        const last = batch[batch.length - 1]!;
        after = { name: last.name, id: last.id };
      }
      ws.commit();
      await wb.commit();
    };
    write().catch((e: unknown) => stream.destroy(e as Error));
    return { stream, rows };
  };
}
