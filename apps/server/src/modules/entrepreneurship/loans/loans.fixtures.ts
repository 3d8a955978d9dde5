import ExcelJS from 'exceljs';
import type { Db } from '../../../db/client.ts';
import type { TestApp, TestClient } from '../../../test/test-app.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { unemploymentRegistrations } from '../../registry/registrations/registrations.schema.ts';
import { equalPrincipalSchedule } from './loan-schedule.ts';
import { guaranteedLoanSchedule, guaranteedLoans, lendingBanks, lendingBankUsers } from './loans.schema.ts';
import { repaymentColumns } from './repayment-file.ts';

export type Org = { id: number; path: string };
const at = (org: Org) => ({ orgId: org.id, orgPath: org.path });
let seq = 0;
const next = () => {
  seq += 1;
  return seq;
};

/**
 * Builders that put loan records straight into the tables: borrowers (with an open unemployment
 * registration when asked), banks with their staff, and loans already lent with their schedule.
 */
export function loanRecords(db: Db) {
  return {
    async person(org: Org, name: string, opts: { unemployed?: boolean } = {}) {
      const n = next();
      const [p] = await db
        .insert(persons)
        .values({
          idNumberEnc: `enc-loan-${n}`,
          idNumberHash: `hash-loan-${n}`,
          idNumberMasked: `370983********${String(n).padStart(4, '0')}`,
          name,
          gender: '1',
          birthDate: '1985-03-01',
          hukouType: 'urban',
          hukouPlace: 'local',
          ...at(org),
        })
        .returning({ id: persons.id });
      if (opts.unemployed)
        await db.insert(unemploymentRegistrations).values({
          personId: p!.id,
          registeredOn: '2026-03-01',
          stationId: org.id,
          certificateNumber: `JY2026L${String(n).padStart(4, '0')}`,
          reason: 'dismissed',
          ...at(org),
        });
      return p!.id;
    },

    async bank(org: Org, code: string, staffUserIds: string[] = []) {
      const [b] = await db
        .insert(lendingBanks)
        .values({ name: `测试银行${code}支行`, code, ...at(org) })
        .returning();
      for (const userId of staffUserIds) await db.insert(lendingBankUsers).values({ userId, bankId: b!.id });
      return b!;
    },

    /** A loan lent on `disbursedOn` for two years with its monthly equal-principal schedule. */
    async disbursedLoan(
      org: Org,
      personId: string,
      bankId: string,
      opts: { contractNumber: string; principalFen: number; disbursedOn: string },
    ) {
      const n = next();
      const [loan] = await db
        .insert(guaranteedLoans)
        .values({
          number: `DK-TEST-${String(n).padStart(6, '0')}`,
          personId,
          bankId,
          status: 'disbursed',
          appliedOn: '2026-01-05',
          borrowerGroup: 'job_loser',
          requestedFen: opts.principalFen,
          counterGuarantee: 'guarantee_fund',
          serviceSector: true,
          contractNumber: opts.contractNumber,
          principalFen: opts.principalFen,
          annualRate: '0.043500',
          disbursedOn: opts.disbursedOn,
          maturesOn: `${Number(opts.disbursedOn.slice(0, 4)) + 2}${opts.disbursedOn.slice(4)}`,
          ...at(org),
        })
        .returning();
      await db.insert(guaranteedLoanSchedule).values(
        equalPrincipalSchedule(opts.principalFen, opts.disbursedOn, 24).map((l) => ({
          loanId: loan!.id,
          ...l,
        })),
      );
      return loan!;
    },
  };
}

/** A repayment file as a bank exports it: the template's headers and the given lines. */
export async function repaymentXlsx(lines: (string | number)[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('还款明细');
  ws.addRow(repaymentColumns.map((c) => c.header));
  for (const l of lines) ws.addRow(l);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Posts a repayment file as the browser does (multipart, one `file` part). */
export async function uploadRepayments(
  t: TestApp,
  client: TestClient,
  file: Buffer,
  name = 'repayments.xlsx',
) {
  const boundary = '----minsheng-loan-repayments';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/entrepreneurship/loan-imports',
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      cookie: client.cookie,
      'x-csrf-token': client.csrfToken,
    },
    payload,
  });
  return { status: res.statusCode, body: res.json() };
}
