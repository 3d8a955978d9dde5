import type { RouteObject } from 'react-router-dom';

/** The guaranteed-loan pages: the list, one loan, the bank's own page and the city's register of banks. */
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
  {
    path: 'entrepreneurship/lending-banks',
    lazy: async () => ({ Component: (await import('./pages/lending-banks-page')).LendingBanksPage }),
  },
];
