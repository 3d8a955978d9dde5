import type { Db } from '../../../db/client.ts';
import { postFile } from '../../../test/multipart.ts';
import type { TestApp, TestClient } from '../../../test/test-app.ts';
import { persons } from '../../registry/persons/persons.schema.ts';
import { unemploymentRegistrations } from '../../registry/registrations/registrations.schema.ts';
import { equalPrincipalSchedule } from './loan-schedule.ts';
import { guaranteedLoanSchedule, guaranteedLoans, lendingBanks, lendingBankUsers } from './loans.schema.ts';

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

/** Posts a repayment file as the bank's page does. */
export const uploadRepayments = (t: TestApp, client: TestClient, file: Buffer, name = 'repayments.xlsx') =>
  postFile(t.app, client, '/api/entrepreneurship/loan-imports', file, name);
