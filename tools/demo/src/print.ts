/** Plain terminal output for the demo (no logger: this is the program's output). */
export const out = (line = '') => process.stdout.write(`${line}\n`);

export const num = (n: number) => n.toLocaleString('en-US');

export function money(minor: number, currency: string): string {
  const digits = ['JPY', 'KRW', 'VND', 'CLP', 'ISK', 'UGX', 'XAF', 'XOF'].includes(currency) ? 0 : 2;
  return `${(minor / 10 ** digits).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${currency}`;
}

export function table(rows: (string | number)[][]): void {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => String(r[i] ?? '').length))) ?? [];
  for (const row of rows) out(`  ${row.map((cell, i) => String(cell).padEnd(widths[i] ?? 0)).join('   ')}`);
}
