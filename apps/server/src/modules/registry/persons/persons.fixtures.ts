import { residentIdCheckDigit } from '@minsheng/rules/national/resident-id.ts';

/** A valid resident ID number: region code, birth date (YYYYMMDD), three-digit sequence (odd = male). */
export const residentId = (region: string, birth: string, seq: number) => {
  const first17 = `${region}${birth}${String(seq).padStart(3, '0')}`;
  return first17 + residentIdCheckDigit(first17);
};

/** A valid POST /api/persons body; override what the test is about. */
export const personBody = (orgId: number, seq: number, overrides: Record<string, unknown> = {}) => ({
  idNumber: residentId('370983', '19850315', seq),
  name: `张${seq}`,
  ethnicity: '01',
  education: '20',
  hukouType: 'urban',
  hukouPlace: 'local',
  address: '肥城市新城街道 1 号',
  phone: `138${String(seq).padStart(8, '0')}`,
  orgId,
  ...overrides,
});
