import type { Actor } from '../../../platform/access/actor.ts';
import { createCasesCreateService, submissionFields } from '../cases-create.service.ts';
import type { CaseDeps } from '../workflow/case-transition.ts';
import { type StageTx, stepInTx, txDeps } from '../workflow/cases-stage.ts';

/** Who the case is filed for: an organisation of the tree, or a unit outside it placed at one. */
export interface OnBehalfOf {
  name: string;
  orgId: number;
  orgPath: string;
  /** a unit outside the organisation tree (a designated hospital): it is the applicant and payee */
  outsideTree: boolean;
}

/**
 * An institution's case filed by the officer whose act makes it (publishing a credit community's
 * title, filing a hospital's settlement): the same user, audited as filing on the unit's behalf,
 * placed at the unit's organisation and allowed only to create and submit this case. The
 * application is the rule's input the officer's act decided, so the review reruns the same rule on
 * the same figures and approves its amount to the fen. Inside the caller's transaction; returns the
 * case id.
 */
export async function fileOnBehalf(
  deps: CaseDeps,
  tx: StageTx,
  actor: Actor,
  o: {
    caseTypeId: string;
    unit: OnBehalfOf;
    role: { code: string; name: string };
    application: Record<string, unknown>;
  },
): Promise<string> {
  const filer: Actor = {
    ...actor,
    displayName: `${actor.displayName}（代${o.unit.name}申报）`,
    orgId: o.unit.orgId,
    orgPath: o.unit.orgPath,
    roles: [
      { ...o.role, permissions: ['case:create'], dataScope: 'own', customOrgPaths: [], adminClass: null },
    ],
  };
  const created = await createCasesCreateService(txDeps(deps, tx)).create(
    filer,
    { caseTypeId: o.caseTypeId, applicantKind: 'institution', application: o.application },
    o.unit.outsideTree ? { institutionName: o.unit.name } : undefined,
  );
  await stepInTx(deps, tx, filer, created.id, 'submit', {
    version: created.version,
    work: (ctx) => ({ patch: submissionFields(ctx) }),
  });
  return created.id;
}
