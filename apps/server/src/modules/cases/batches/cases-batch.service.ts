import { fenToYuan } from '@minsheng/rules/engine/money.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import { hasPermission } from '../../../platform/access/actor.ts';
import { recordAudit } from '../../../platform/audit/audit.service.ts';
import type { FieldCipher } from '../../../platform/crypto.ts';
import { DomainError, forbidden, invalid, notFound } from '../../../platform/errors.ts';
import { createCertificatesService } from '../../registry/certificates/certificates.service.ts';
import { nextNumber } from '../cases.repo.ts';
import { createCasesCreateService, submissionFields } from '../cases-create.service.ts';
import { acceptedStatuses, approvedStatuses, caseStatusLabels } from '../workflow/case-status.ts';
import type { CaseDeps } from '../workflow/case-transition.ts';
import { type StageTx, stepInTx, txDeps } from '../workflow/cases-stage.ts';
import { createBatchRepo } from './cases-batch.repo.ts';
import { checkRosterRow, duplicateRows, type RawRosterRow, type RosterRow } from './cases-batch.rules.ts';

export interface BatchInput {
  caseTypeId: string;
  fileName: string;
  /** submit each created case at once (default) or leave it as a draft */
  submit: boolean;
  rows: { rowNo: number; raw: RawRosterRow }[];
}

type Checked = { rowNo: number; row: RosterRow };

/**
 * Batch applications (花名册): a training institution files one roster for many trainees; every
 * valid row becomes a case of a registered person linked to the batch, every bad row an error in
 * Chinese. The batch and all its cases are written in one transaction.
 */
export function createCasesBatchService(deps: CaseDeps & { cipher: FieldCipher }) {
  const { db, cipher } = deps;
  const repo = createBatchRepo(db);

  /** The registered certificate of the row, registering it when the registry lacks it. */
  async function certificateFor(tx: StageTx, actor: Actor, personId: string, row: RosterRow) {
    const existing = (await createBatchRepo(tx).certificatesByNumber([row.certificateNumber])).get(
      row.certificateNumber,
    );
    if (existing) {
      if (existing.personId !== personId) throw invalid('该证书编号已登记在其他人员名下');
      if (existing.level !== row.level || existing.issuedOn !== row.issuedOn)
        throw invalid(`证书信息与登记不一致（登记为 ${existing.level} 级，发证日期 ${existing.issuedOn}）`);
      return existing.id;
    }
    if (!row.issuer) throw invalid('该证书尚未登记，请填写「发证机构」');
    const created = await createCertificatesService({ db: tx as never, clock: deps.clock }).create(
      actor,
      personId,
      {
        number: row.certificateNumber,
        occupation: row.occupation,
        level: row.level,
        issuedOn: row.issuedOn,
        issuer: row.issuer,
        obtainedBy: row.obtainedBy,
      },
    );
    return created.id;
  }

  async function createRow(
    tx: StageTx,
    actor: Actor,
    input: BatchInput,
    batchId: string,
    c: Checked,
    personId: string,
  ) {
    const certificateId = await certificateFor(tx, actor, personId, c.row);
    const created = await createCasesCreateService(txDeps(deps, tx)).create(actor, {
      caseTypeId: input.caseTypeId,
      applicantKind: 'institution_on_behalf',
      personId,
      certificateId,
      application: {
        part: c.row.part,
        // The roster comes from a designated institution of the city (培训机构代申领): the training
        // was organised locally; the certificate itself comes from the registry.
        certificate: { organisedLocally: true },
        rosterRow: c.rowNo,
        ...(c.row.remark ? { remark: c.row.remark } : {}),
      },
    });
    await createBatchRepo(tx).linkCase(created.id, batchId);
    if (input.submit)
      await stepInTx(deps, tx, actor, created.id, 'submit', {
        version: created.version,
        work: (ctx) => ({ patch: submissionFields(ctx) }),
      });
    return created;
  }

  async function detail(actor: Actor, id: string) {
    if (!hasPermission(actor, 'case:read')) throw forbidden();
    const batch = await repo.one(actor, id);
    if (!batch) throw notFound('批次');
    const list = await repo.casesOf(actor, id);
    const created = list.map((c) => ({
      row: Number(c.application.rosterRow ?? 0),
      outcome: 'created' as const,
      caseId: c.id,
      caseNumber: c.number,
      name: c.applicantName,
      status: c.status,
      statusLabel: caseStatusLabels[c.status],
      amount: c.approvedAmountFen === null ? null : fenToYuan(c.approvedAmountFen),
      paidAmount: fenToYuan(c.paidFen),
      messages: [] as string[],
    }));
    const errors = batch.errors.map((e) => ({
      row: e.row,
      outcome: 'error' as const,
      caseId: null,
      caseNumber: null,
      name: null,
      status: null,
      statusLabel: null,
      amount: null,
      paidAmount: null,
      messages: e.messages,
    }));
    const sumFen = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const totals = {
      rows: batch.totalRows,
      cases: batch.createdCount,
      errors: batch.errorCount,
      accepted: list.filter((c) => acceptedStatuses.has(c.status)).length,
      returned: list.filter((c) => c.status === 'returned').length,
      approved: list.filter((c) => approvedStatuses.has(c.status)).length,
      rejected: list.filter((c) => c.status === 'rejected').length,
      approvedAmount: fenToYuan(
        sumFen(list.filter((c) => approvedStatuses.has(c.status)).map((c) => c.approvedAmountFen ?? 0)),
      ),
      paidAmount: fenToYuan(sumFen(list.map((c) => c.paidFen))),
    };
    const { errors: _e, totalAmountFen: _t, ...rest } = batch;
    return { ...rest, totals, rows: [...created, ...errors].sort((a, b) => a.row - b.row) };
  }

  return {
    detail,

    list: async (actor: Actor, page: { page: number; pageSize: number }) => {
      if (!hasPermission(actor, 'case:read')) throw forbidden();
      const { items, total } = await repo.list(actor, page);
      return { items: items.map(({ errors: _e, totalAmountFen: _t, ...b }) => b), total };
    },

    async create(actor: Actor, input: BatchInput) {
      if (!hasPermission(actor, 'case:create')) throw forbidden();
      if (input.rows.length === 0) throw invalid('花名册中没有数据行');
      const type = await deps.caseTypes.get(input.caseTypeId);
      await deps.caseTypes.assertAccepting(type);
      if (!type.applicantKinds.includes('institution_on_behalf'))
        throw invalid(`「${type.name}」不受理机构代申领的花名册`);
      const today = deps.clock.today();
      const errors = new Map<number, string[]>();
      const good: Checked[] = [];
      for (const { rowNo, raw } of input.rows) {
        const r = checkRosterRow(raw, today);
        if (r.ok) good.push({ rowNo, row: r.row });
        else errors.set(rowNo, r.errors);
      }
      for (const [rowNo, message] of duplicateRows(good)) errors.set(rowNo, [message]);
      const hashes = new Map(good.map((g) => [g.rowNo, cipher.lookupHash(g.row.idNumber)]));
      const people = await repo.personsByHash(actor, [...new Set(hashes.values())]);
      const id = await db.transaction(async (tx) => {
        const txRepo = createBatchRepo(tx);
        const batch = await txRepo.insert({
          number: await nextNumber(tx, 'case_batch', 'BZ', Number(today.slice(0, 4))),
          caseTypeId: type.id,
          applicantOrgId: actor.orgId,
          applicantName: await txRepo.orgName(actor.orgId),
          fileName: input.fileName,
          orgId: actor.orgId,
          orgPath: actor.orgPath,
          createdBy: actor.userId,
        });
        let createdCount = 0;
        for (const g of good) {
          if (errors.has(g.rowNo)) continue;
          const person = people.get(hashes.get(g.rowNo)!);
          if (!person) {
            errors.set(g.rowNo, ['人员登记中没有该身份证号的人员（或不在本机构登记范围内），请先登记人员']);
            continue;
          }
          if (person.name !== g.row.name) {
            errors.set(g.rowNo, [`姓名与人员登记不一致（登记为「${person.name}」）`]);
            continue;
          }
          try {
            // A savepoint per row: a refused row leaves nothing behind (no half-registered certificate).
            await tx.transaction((sp) => createRow(sp, actor, input, batch.id, g, person.id));
            createdCount += 1;
          } catch (e) {
            // A refusal of this row only; anything else fails the whole batch.
            if (!(e instanceof DomainError) || e.code === 'INTERNAL') throw e;
            errors.set(g.rowNo, [e.message]);
          }
        }
        const errorList = [...errors]
          .sort((a, b) => a[0] - b[0])
          .map(([row, messages]) => ({ row, messages }));
        await txRepo.setTotals(batch.id, {
          status: input.submit && createdCount > 0 ? 'submitted' : 'processed',
          totalRows: input.rows.length,
          createdCount,
          errorCount: errorList.length,
          errors: errorList,
        });
        await recordAudit(tx, actor, {
          action: 'case_batch.create',
          targetType: 'case_batch',
          targetId: batch.id,
          detail: {
            number: batch.number,
            rows: input.rows.length,
            created: createdCount,
            errors: errorList.length,
          },
        });
        return batch.id;
      });
      return detail(actor, id);
    },
  };
}

export type CasesBatchService = ReturnType<typeof createCasesBatchService>;
