import type { Actor } from '../../../platform/access/actor.ts';
import type { CaseTypeRow } from '../case-types/case-types.repo.ts';
import { nextNumber } from '../cases.repo.ts';
import {
  type CreateCaseInput,
  createCasesCreateService,
  submissionFields,
  type VouchedPerson,
} from '../cases-create.service.ts';
import type { CaseDeps } from '../workflow/case-transition.ts';
import { type StageTx, stepInTx, txDeps } from '../workflow/cases-stage.ts';
import { createBatchRepo } from './cases-batch.repo.ts';

/** One case a service files in a batch: what the case is, and the person it has vouched for, if any. */
export interface FiledCase {
  input: CreateCaseInput;
  vouched?: VouchedPerson | undefined;
}

/**
 * A claim a service files on someone's behalf as one submitted case batch (a bank's 贴息申报, a
 * recurring entitlement's period list): the batch, every case created and submitted by `filer`
 * inside the caller's transaction, and the batch's totals. Answers the batch and the cases in order.
 */
export async function fileSubmittedBatch(
  deps: CaseDeps,
  tx: StageTx,
  filer: Actor,
  batchOf: { type: CaseTypeRow; applicantName: string; fileName: string },
  items: readonly FiledCase[],
) {
  const today = deps.clock.today();
  const batchRepo = createBatchRepo(tx);
  const batch = await batchRepo.insert({
    number: await nextNumber(tx, 'case_batch', 'BZ', Number(today.slice(0, 4))),
    caseTypeId: batchOf.type.id,
    applicantOrgId: filer.orgId,
    applicantName: batchOf.applicantName,
    fileName: batchOf.fileName,
    orgId: filer.orgId,
    orgPath: filer.orgPath,
    createdBy: filer.userId,
  });
  const create = createCasesCreateService(txDeps(deps, tx));
  const created: { id: string; number: string }[] = [];
  for (const item of items) {
    const row = await create.create(filer, item.input, item.vouched);
    await batchRepo.linkCase(row.id, batch.id);
    await stepInTx(deps, tx, filer, row.id, 'submit', {
      version: row.version,
      work: (ctx) => ({ patch: submissionFields(ctx) }),
    });
    created.push({ id: row.id, number: row.number });
  }
  await batchRepo.setTotals(batch.id, {
    status: 'submitted',
    totalRows: items.length,
    createdCount: items.length,
    errorCount: 0,
    errors: [],
  });
  return { batch, created };
}
