import type { Db } from '../../db/client.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import type { PolicyService } from '../policy/policy.service.ts';
import type { CaseDeps } from './case-transition.ts';
import type { CaseTypesService } from './case-types.service.ts';
import { createCasesBatchService } from './cases-batch.service.ts';
import { createCasesFinanceService } from './cases-finance.service.ts';
import { createCasesNoticeService } from './cases-notice.service.ts';
import { createCasesPaymentsService, type PaymentsDeps } from './cases-payments.service.ts';
import { createCasesPrintService } from './cases-print.service.ts';

/** The services of the stages after approval, wired with the case workflow's dependencies. */
export function createCaseStageServices(deps: {
  db: Db;
  caseTypes: CaseTypesService;
  policies: PolicyService;
  cipher: FieldCipher;
  clock?: (() => Date) | undefined;
  afterPayment?: PaymentsDeps['afterPayment'];
}) {
  const d: CaseDeps = {
    db: deps.db,
    caseTypes: deps.caseTypes,
    policies: deps.policies,
    clock: deps.clock ?? (() => new Date()),
  };
  const finance = createCasesFinanceService(d);
  return {
    notices: createCasesNoticeService(d),
    finance,
    payments: createCasesPaymentsService({ ...d, finance, afterPayment: deps.afterPayment }),
    batches: createCasesBatchService({ ...d, cipher: deps.cipher }),
    print: createCasesPrintService(d),
  };
}

export type CaseStageServices = ReturnType<typeof createCaseStageServices>;
