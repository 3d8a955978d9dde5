import type { Executor } from '../../../db/client.ts';
import { labourContracts } from '../../registry/contracts/contracts.schema.ts';
import { insuranceContributions } from '../../registry/contributions/contributions.schema.ts';
import { creditCode } from '../../registry/employers/employers.fixtures.ts';
import { employers } from '../../registry/employers/employers.schema.ts';
import { at, nextSeq, type Org } from '../entrepreneurship.fixtures.ts';
import {
  entrepreneurshipFileEvents,
  entrepreneurshipFiles,
  entrepreneurshipFollowUps,
} from '../files/files.schema.ts';
import { entrepreneurshipBusinesses } from './businesses.schema.ts';

/**
 * Builders that put entrepreneurship records straight into the tables (files, businesses with
 * their employer, the registry's contracts and contributions, follow-ups, a mentor's assignment), so a story's dates lie
 * where it needs them. Files are the files aggregate's: these rows stand in for its service.
 */
export function entrepreneurshipRecords(db: Executor) {
  return {
    async file(
      org: Org,
      personId: string,
      opts: { trainedOn?: string; assessment?: 'passed' | 'failed'; traineeId?: string } = {},
    ) {
      const n = nextSeq();
      const [f] = await db
        .insert(entrepreneurshipFiles)
        .values({
          number: `CY-T-${String(n).padStart(5, '0')}`,
          personId,
          registeredOn: '2025-01-01',
          traineeId: opts.traineeId ?? null,
          trainedOn: opts.trainedOn ?? null,
          assessment: opts.assessment ?? null,
          ...at(org),
        })
        .returning();
      return f!;
    },

    /** A business of a file with its employer record (the link the service makes). */
    async business(
      file: { id: string; orgId: number; orgPath: string },
      openedOn: string,
      opts: { closedOn?: string; declaredJobs?: number; kind?: 'enterprise' | 'individual' } = {},
    ) {
      const n = nextSeq();
      const code = creditCode(900_000 + n);
      const [employer] = await db
        .insert(employers)
        .values({
          creditCode: code,
          name: `创业测试企业${n}`,
          type: 'enterprise',
          industry: 'F',
          orgId: file.orgId,
          orgPath: file.orgPath,
        })
        .returning({ id: employers.id });
      const [b] = await db
        .insert(entrepreneurshipBusinesses)
        .values({
          fileId: file.id,
          kind: opts.kind ?? 'enterprise',
          creditCode: code,
          name: `创业测试企业${n}`,
          employerId: employer!.id,
          sector: '餐饮',
          openedOn,
          closedOn: opts.closedOn ?? null,
          closedReason: opts.closedOn ? '经营不善' : null,
          declaredJobs: opts.declaredJobs ?? null,
          orgId: file.orgId,
          orgPath: file.orgPath,
        })
        .returning();
      return b!;
    },

    contract: async (
      org: Org,
      employerId: string,
      personId: string,
      startsOn: string,
      endedOn: string | null = null,
    ) =>
      (
        await db
          .insert(labourContracts)
          .values({
            personId,
            employerId,
            termKind: 'open_ended',
            signedOn: startsOn,
            startsOn,
            endedOn,
            endReason: endedOn ? '协商解除' : null,
            ...at(org),
          })
          .returning({ id: labourContracts.id })
      )[0]!.id,

    contribution: async (
      org: Org,
      employerId: string,
      personId: string,
      month: string,
      status: 'paid' | 'arrears' = 'paid',
    ) =>
      (
        await db
          .insert(insuranceContributions)
          .values({
            personId,
            employerId,
            kind: 'pension',
            month,
            status,
            baseFen: 400000,
            personalFen: 32000,
            unitFen: 64000,
            ...at(org),
          })
          .returning({ id: insuranceContributions.id })
      )[0]!.id,

    followUp: async (
      fileId: string,
      onDate: string,
      businessState: 'not_started' | 'preparing' | 'operating' | 'closed',
    ) =>
      (
        await db
          .insert(entrepreneurshipFollowUps)
          .values({ fileId, onDate, kind: 'visit', businessState, note: '回访' })
          .returning({ id: entrepreneurshipFollowUps.id })
      )[0]!.id,

    /** The file's event of a mentor assigned on `onDate` (the file service's record of it). */
    mentor: async (fileId: string, onDate: string) => {
      await db
        .insert(entrepreneurshipFileEvents)
        .values({ fileId, action: 'mentor', onDate, detail: { name: '导师' } });
    },
  };
}
