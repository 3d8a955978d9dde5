/** Sums yuan strings ("1300.00") exactly, through integer fen. */
export function sumYuan(amounts: readonly string[]): string {
  const fen = amounts.reduce((total, a) => {
    const [whole = '0', part = ''] = a.split('.');
    const sign = whole.startsWith('-') ? -1 : 1;
    return total + sign * (Math.abs(Number(whole)) * 100 + Number(part.padEnd(2, '0').slice(0, 2)));
  }, 0);
  const abs = Math.abs(fen);
  return `${fen < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
