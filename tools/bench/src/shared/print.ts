import type { Spread } from './runs.js';

/** Plain terminal output for the bench (no logger: this is the program's output). */
export const out = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

/** `1234567.8` -> `1,234,568` (or with `digits` decimals). */
export const num = (n: number, digits = 0): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Items per second for `count` items in `ms` milliseconds. */
export const perSecond = (count: number, ms: number): number => (ms > 0 ? (count * 1000) / ms : 0);

export const seconds = (ms: number): string => num(ms / 1000, 2);

export const ratio = (a: number, b: number): number => (b > 0 ? a / b : 0);

export const percent = (fraction: number): string => `${num(fraction * 100, 0)}%`;

export const verdict = (ok: boolean): string => (ok ? 'met' : 'MISSED');

/** An aligned table: the first column left-aligned, the others right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) =>
    `  ${r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('   ')}`.trimEnd();
  out(line(header));
  out(`  ${widths.map((w) => '-'.repeat(w)).join('   ')}`);
  rows.forEach((r) => out(line(r)));
}

/** Min / median / max of a part's headline figures over its runs (verdicts are on the medians). */
export function printSpread(runs: number, spreads: Record<string, Spread>): void {
  if (runs < 2) return;
  const f = (n: number) => (Math.abs(n) < 10 ? num(n, 2) : num(n));
  out(`\n  Over ${runs} runs (tables above and verdicts: the median of each figure):`);
  table(
    ['figure', 'min', 'median', 'max'],
    Object.entries(spreads).map(([name, s]) => [name, f(s.min), f(s.median), f(s.max)]),
  );
}
