import type { Actor } from '../../../platform/access/actor.ts';
import { createCasesCreateService, submissionFields } from '../../cases/cases-create.service.ts';
import type { CaseDeps } from '../../cases/workflow/case-transition.ts';
import { type StageTx, stepInTx, txDeps } from '../../cases/workflow/cases-stage.ts';
import { HEALTH_CHECK_SETTLEMENT } from './settlement-rule.ts';

interface Hospital {
  name: string;
  orgId: number;
  orgPath: string;
}

/**
 * The 医保处 officer filing for the hospital (申请人：定点体检医院, the policy's institution applicant):
 * the same user, audited as such, placed at the hospital record's organisation and allowed only to
 * file and submit its case. The case then takes the usual chain: accepted and reviewed by the
 * 医保处, approved by the city, paid by finance.
 */
const filingActor = (actor: Actor, hospital: Hospital): Actor => ({
  ...actor,
  displayName: `${actor.displayName}（代${hospital.name}申报）`,
  orgId: hospital.orgId,
  orgPath: hospital.orgPath,
  roles: [
    {
      code: 'health_check_settlement_filing',
      name: '体检费用结算申报',
      permissions: ['case:create'],
      dataScope: 'own',
      customOrgPaths: [],
      adminClass: null,
    },
  ],
});

/**
 * The settlement case of a hospital: created and submitted inside the filing transaction with the
 * stored rule input as the application, so the review reruns the same rule on the same figures
 * and approves its amount to the fen. Returns the case id.
 */
export async function fileSettlementCase(
  deps: CaseDeps,
  tx: StageTx,
  actor: Actor,
  hospital: Hospital,
  application: Record<string, unknown>,
): Promise<string> {
  const filer = filingActor(actor, hospital);
  const created = await createCasesCreateService(txDeps(deps, tx)).create(
    filer,
    { caseTypeId: HEALTH_CHECK_SETTLEMENT, applicantKind: 'institution', application },
    { institutionName: hospital.name },
  );
  await stepInTx(deps, tx, filer, created.id, 'submit', {
    version: created.version,
    work: (ctx) => ({ patch: submissionFields(ctx) }),
  });
  return created.id;
}
