import type { FieldCipher } from '../../../platform/crypto.ts';
import { createCasesBatchService } from '../batches/cases-batch.service.ts';
import { createCasesFinanceService } from '../finance/cases-finance.service.ts';
import { createCasesPaymentsService, type PaymentsDeps } from '../finance/cases-payments.service.ts';
import { createCasesNoticeService } from '../notices/cases-notice.service.ts';
import { createCasesPrintService } from '../notices/cases-print.service.ts';
import type { CaseDeps } from './case-transition.ts';

/** The services of the stages after approval, wired with the case workflow's dependencies. */
export function createCaseStageServices(
  deps: CaseDeps & { cipher: FieldCipher; afterPayment?: PaymentsDeps['afterPayment'] },
) {
  const { cipher, afterPayment, ...d } = deps;
  const finance = createCasesFinanceService(d);
  return {
    notices: createCasesNoticeService(d),
    finance,
    payments: createCasesPaymentsService({ ...d, finance, afterPayment }),
    batches: createCasesBatchService({ ...d, cipher }),
    print: createCasesPrintService(d),
  };
}

export type CaseStageServices = ReturnType<typeof createCaseStageServices>;
