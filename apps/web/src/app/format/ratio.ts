/**
 * A decimal ratio as the API sends it (`"0.5"`, `"0.043500"`) as a percentage, by moving the decimal
 * point in the text: no binary float, so `0.07` never shows as `7.000000000000001%`.
 */
export function formatRatioPercent(ratio: string | null | undefined): string {
  if (ratio === null || ratio === undefined || !/^\d+(\.\d+)?$/.test(ratio)) return '—';
  const [whole = '0', fraction = ''] = ratio.split('.');
  const digits = `${whole}${fraction.padEnd(2, '0')}`;
  const integer = digits.slice(0, whole.length + 2).replace(/^0+(?=\d)/, '');
  const rest = fraction.slice(2).replace(/0+$/, '');
  return `${integer}${rest ? `.${rest}` : ''}%`;
}
