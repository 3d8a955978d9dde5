/** A valid POST /api/persons/:id/contracts body (a two-year fixed term); override what the test is about. */
export const contractBody = (employerId: string, overrides: Record<string, unknown> = {}) => ({
  employerId,
  termKind: 'fixed',
  position: '焊工',
  signedOn: '2023-12-20',
  startsOn: '2024-01-01',
  endsOn: '2025-12-31',
  ...overrides,
});

/** A valid POST /api/persons/:id/contributions body (pension, paid through the employer). */
export const contributionBody = (
  employerId: string | null,
  month: string,
  overrides: Record<string, unknown> = {},
) => ({
  employerId,
  kind: 'pension',
  month,
  status: 'paid',
  baseFen: 450_000,
  personalFen: 36_000,
  unitFen: 72_000,
  ...overrides,
});
