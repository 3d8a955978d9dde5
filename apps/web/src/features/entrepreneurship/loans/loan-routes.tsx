import type { RouteObject } from 'react-router-dom';

/** The guaranteed-loan pages: the list, one loan, and the bank's own page. */
export const loanRoutes: RouteObject[] = [
  {
    path: 'entrepreneurship/loans',
    lazy: async () => ({ Component: (await import('./pages/loans-page')).LoansPage }),
  },
  {
    path: 'entrepreneurship/loans/:id',
    lazy: async () => ({ Component: (await import('./pages/loan-detail-page')).LoanDetailPage }),
  },
  {
    path: 'entrepreneurship/banks',
    lazy: async () => ({ Component: (await import('./pages/bank-page')).BankPage }),
  },
];
