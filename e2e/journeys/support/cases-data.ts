import assert from 'node:assert/strict';
import { residentIdCheckDigit } from '@minsheng/rules/national/resident-id.ts';
import ExcelJS from 'exceljs';
import type { AccountSession } from './account-session.ts';
import { bureauDay } from './bureau-clock.ts';

/** Data of the cases journey: three trainees of the demo training institution and their registry. */

export const ZHUHAI = 'zhuhai.high-skill-subsidy';
export const ZHUHAI_NAME = '珠海市高技能人才培训鉴定补贴';

const today = bureauDay();
export const stamp = Date.now().toString(36).slice(-4);
export const trainees = ['甲', '乙', '丙'].map((n, i) => {
  const first17 = `370902199505${String(10 + i).padStart(2, '0')}${String(100 + ((Date.now() + i * 7) % 900)).slice(-3)}`;
  return {
    name: `学员${n}${stamp}`,
    idNumber: first17 + residentIdCheckDigit(first17),
    certificateNumber: `E2E${stamp}${i}`,
  };
});

export interface BatchRow {
  row: number;
  caseId: string | null;
  caseNumber: string | null;
  name: string | null;
}
export interface CaseFile {
  id: string;
  number: string;
  version: number;
  status: string;
  personId: string | null;
  materials: { code: string; required: boolean }[];
}

/** The roster the institution fills in, as an xlsx with the template's headers. */
export async function rosterFile(rows: typeof trainees) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  ws.addRow([
    '姓名',
    '身份证号',
    '职业(工种)',
    '证书等级',
    '证书编号',
    '发证日期',
    '发证机构',
    '取得方式',
    '申领项目',
  ]);
  for (const t of rows)
    ws.addRow([
      t.name,
      t.idNumber,
      '焊工',
      '三级',
      t.certificateNumber,
      bureauDay(-20),
      '泰安市职业技能鉴定指导中心',
      '培训鉴定',
      '培训费和鉴定费',
    ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * Turns the Zhuhai case type on: 珠海 is not the demo's jurisdiction, so its policy is reference
 * only until the city reviewer (case:configure) takes applications for it.
 */
export async function takeZhuhaiApplications(city: AccountSession) {
  const types = await city.get<{ id: string; enabled: boolean; version: number }[]>('/case-types');
  const zhuhai = types.find((t) => t.id === ZHUHAI);
  assert.ok(zhuhai, 'the catalogue has the Zhuhai case type');
  if (!zhuhai.enabled) await city.put(`/case-types/${ZHUHAI}`, { version: zhuhai.version, enabled: true });
}

/**
 * What the Zhuhai rule reads besides the roster: the trainees registered by the institution, the
 * occupation on the shortage list, a labour contract in force and paid pension months (entered by
 * the street officer), and the case type enabled.
 */
export async function prepareRegistry(inst: AccountSession, station: AccountSession, city: AccountSession) {
  await takeZhuhaiApplications(city);
  const listed = await city.get<{ items: { occupation: string }[] }>('/shortage-occupations?pageSize=200');
  if (!listed.items.some((o) => o.occupation === '焊工'))
    await city.post('/shortage-occupations', {
      occupation: '焊工',
      catalogueName: '紧缺技工工种目录',
      publishedOn: '2024-08-01',
    });

  const me = await inst.get<{ user: { org: { id: number } } }>('/auth/me');
  const employers = await station.get<{ items: { id: string }[] }>('/employers?pageSize=1');
  const employer = employers.items[0];
  assert.ok(employer, 'the street has an employer');
  const personIds: string[] = [];
  for (const [i, t] of trainees.entries()) {
    const person = await inst.post<{ id: string }>('/persons', {
      idNumber: t.idNumber,
      name: t.name,
      ethnicity: '01',
      education: '20',
      hukouType: 'urban',
      hukouPlace: 'local',
      address: '泰安市泰山区岱宗大街 1 号',
      phone: `1390000${String(Date.now() % 1000).padStart(3, '0')}${i}`,
      orgId: me.user.org.id,
    });
    personIds.push(person.id);
    await station.post(`/persons/${person.id}/contracts`, {
      employerId: employer.id,
      termKind: 'fixed',
      signedOn: bureauDay(-120),
      startsOn: bureauDay(-110),
      endsOn: bureauDay(3 * 365),
    });
    for (const back of [0, 1, 2]) {
      const month = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
      month.setUTCMonth(month.getUTCMonth() - back);
      await station.post(`/persons/${person.id}/contributions`, {
        employerId: employer.id,
        kind: 'pension',
        month: month.toISOString().slice(0, 7),
        status: 'paid',
        baseFen: 450_000,
        personalFen: 36_000,
        unitFen: 72_000,
      });
    }
  }
  return personIds;
}
