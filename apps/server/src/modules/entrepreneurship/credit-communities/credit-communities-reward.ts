import type { Actor } from '../../../platform/access/actor.ts';
import { createCasesCreateService, submissionFields } from '../../cases/cases-create.service.ts';
import type { CaseDeps } from '../../cases/workflow/case-transition.ts';
import { type StageTx, stepInTx, txDeps } from '../../cases/workflow/cases-stage.ts';
import { CREDIT_COMMUNITY } from './credit-communities.rules.ts';

interface Community {
  id: number;
  name: string;
  path: string;
}

/**
 * The publishing officer filing for the community (申请人：社区就业服务站, the policy's institution
 * applicant): the same user, audited as such, placed at the community and allowed only to file and
 * submit its case. The policy's materials go with the community's own case; the station accepts it
 * and the reviewer decides it like any other.
 */
const filingActor = (actor: Actor, community: Community): Actor => ({
  ...actor,
  displayName: `${actor.displayName}（代${community.name}申报）`,
  orgId: community.id,
  orgPath: community.path,
  roles: [
    {
      code: 'credit_community_reward',
      name: '信用社区奖励工作经费申报',
      permissions: ['case:create'],
      dataScope: 'own',
      customOrgPaths: [],
      adminClass: null,
    },
  ],
});

/**
 * The reward case (奖励工作经费) of a recognised community: created and submitted inside the
 * publishing transaction, with the rule's input as the application, so the review reruns the same
 * rule on the same figures and approves its amount to the fen. Returns the case id.
 */
export async function fileRewardCase(
  deps: CaseDeps,
  tx: StageTx,
  actor: Actor,
  community: Community,
  application: Record<string, unknown>,
): Promise<string> {
  const filer = filingActor(actor, community);
  const created = await createCasesCreateService(txDeps(deps, tx)).create(filer, {
    caseTypeId: CREDIT_COMMUNITY,
    applicantKind: 'institution',
    application,
  });
  await stepInTx(deps, tx, filer, created.id, 'submit', {
    version: created.version,
    work: (ctx) => ({ patch: submissionFields(ctx) }),
  });
  return created.id;
}
