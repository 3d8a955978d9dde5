/**
 * The demo's designated health-check hospitals and their staff accounts (one each). The first takes
 * the day of checks the journey walks; the second the rest of the city's examinees.
 */
export const demoHospitalAccounts = [
  { username: 'yy_tazx', name: '泰安市中心医院体检科' },
  { username: 'yy_fcrm', name: '肥城市人民医院体检中心' },
] as const;
