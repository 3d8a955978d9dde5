import type { Actor } from '../../platform/access/actor.ts';
import { type CreateCaseInput, createCasesCreateService } from './cases-create.service.ts';
import { createCasesQueryService } from './cases-query.service.ts';
import { createCaseFactsService } from './facts/case-facts.service.ts';
import type { CaseDeps } from './workflow/case-transition.ts';
import { createCasesAcceptService } from './workflow/cases-accept.service.ts';
import { createCasesDecideService } from './workflow/cases-decide.service.ts';
import { createCasesReviewService } from './workflow/cases-review.service.ts';

/** The case workflow, one service per use case, composed for the routes. */
export function createCasesService(d: CaseDeps) {
  const query = createCasesQueryService(d);
  const create = createCasesCreateService(d);
  const accept = createCasesAcceptService(d);
  const review = createCasesReviewService(d);
  const decide = createCasesDecideService(d);
  const facts = createCaseFactsService(d);
  // Every change answers the case file as the actor now sees it.
  const detailAfter =
    <I>(step: (actor: Actor, id: string, input: I) => Promise<unknown>) =>
    async (actor: Actor, id: string, input: I) => {
      await step(actor, id, input);
      return query.detail(actor, id);
    };
  return {
    list: query.list,
    tasks: query.tasks,
    detail: query.detail,
    facts: facts.view,
    create: async (actor: Actor, input: CreateCaseInput) =>
      query.detail(actor, (await create.create(actor, input)).id),
    update: detailAfter(create.update),
    changeFacts: detailAfter(create.changeFacts),
    submit: detailAfter(create.submit),
    resubmit: detailAfter(create.resubmit),
    withdraw: detailAfter(create.withdraw),
    accept: detailAfter(accept.accept),
    return: detailAfter(accept.return),
    supplementNotice: accept.supplementNotice,
    markNoticePrinted: accept.markNoticePrinted,
    review: detailAfter(review.review),
    reEvaluate: detailAfter(review.reEvaluate),
    overrideAmount: detailAfter(review.overrideAmount),
    approve: detailAfter(decide.approve),
    reject: detailAfter(decide.reject),
  };
}

export type CasesService = ReturnType<typeof createCasesService>;
