/**
 * The summary row Google appends when asked (`summaryRowSetting`): the
 * metrics of every row added up, int64 sums as strings.
 *
 * @example
 * summaryRow([{ metrics: { clicks: '2' } }, { metrics: { clicks: '3' } }]) // { metrics: { clicks: '5' } }
 */
export function summaryRow(rows: ReadonlyArray<Record<string, unknown>>): Record<string, unknown> {
  const sums = new Map<string, { value: number; int64: boolean }>();
  for (const row of rows) {
    const metrics = row['metrics'];
    if (!metrics || typeof metrics !== 'object') continue;
    for (const [name, value] of Object.entries(metrics)) {
      const previous = sums.get(name) ?? { value: 0, int64: typeof value === 'string' };
      sums.set(name, { value: previous.value + Number(value), int64: previous.int64 });
    }
  }
  const metrics = Object.fromEntries([...sums].map(([name, s]) => [name, s.int64 ? String(s.value) : Math.round(s.value * 1e6) / 1e6]));
  return { metrics };
}
