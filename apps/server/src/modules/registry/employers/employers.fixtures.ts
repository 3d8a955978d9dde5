import { creditCodeCheckChar } from '@minsheng/rules/national/credit-code.ts';

/** A valid unified social credit code (企业, 工商登记, region 370983) with the given sequence. */
export const creditCode = (seq: number) => {
  const first17 = `91370983${String(seq).padStart(9, '0')}`;
  return first17 + creditCodeCheckChar(first17);
};

/** A valid POST /api/employers body; override what the test is about. */
export const employerBody = (orgId: number, seq: number, overrides: Record<string, unknown> = {}) => ({
  creditCode: creditCode(seq),
  name: `肥城单位${seq}有限公司`,
  type: 'enterprise',
  industry: 'C',
  size: 'small',
  address: '肥城市新城街道 2 号',
  phone: `139${String(seq).padStart(8, '0')}`,
  orgId,
  ...overrides,
});
