/** Integer fen → "1,234.56" yuan, with integer arithmetic only (no floating-point money). */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(fen));
  const yuan = Math.floor(abs / 100).toLocaleString('zh-CN');
  return `${sign}${yuan}.${String(abs % 100).padStart(2, '0')}`;
}

/** A yuan amount typed by the user ("4500", "4500.5", "4500.50") → integer fen, or null when malformed. */
export function parseYuanToFen(text: string): number | null {
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}
