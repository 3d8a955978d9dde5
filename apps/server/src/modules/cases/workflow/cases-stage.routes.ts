import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { casesBatchRoutes } from '../batches/cases-batch.routes.ts';
import { casesFinanceRoutes } from '../finance/cases-finance.routes.ts';
import { casesNoticeRoutes } from '../notices/cases-notice.routes.ts';
import { casesPrintRoutes } from '../notices/cases-print.routes.ts';
import type { CaseStageServices } from './cases-stage.services.ts';

/** Routes of the stages after approval: public notice, finance and payments, batch rosters, print data. */
export const casesStageRoutes =
  (s: CaseStageServices): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(casesNoticeRoutes(s.notices));
    await app.register(casesFinanceRoutes(s.finance, s.payments));
    await app.register(casesBatchRoutes(s.batches));
    await app.register(casesPrintRoutes(s.print));
  };
