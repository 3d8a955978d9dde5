/** A valid POST /api/persons/:id/certificates body; override what the test is about. */
export const certificateBody = (seq: number, overrides: Record<string, unknown> = {}) => ({
  number: `1937000000${String(seq).padStart(6, '0')}`,
  occupation: '焊工',
  level: '3',
  issuedOn: '2015-06-01',
  issuer: '肥城市职业技能鉴定中心',
  obtainedBy: 'training',
  ...overrides,
});
