/** A date range as `YYYY-MM-DD` strings (URL search params), and the CanonicalFilter bounds it means. */
export interface DayRange {
  from: string;
  to: string;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

export function lastDays(days: number, now = new Date()): DayRange {
  const from = new Date(now.getTime() - (days - 1) * 86_400_000);
  return { from: day(from), to: day(now) };
}

/** Inclusive days -> [from 00:00Z, day after `to` 00:00Z). */
export function toFilter(range: DayRange): { from: string; to: string } {
  const end = new Date(`${range.to}T00:00:00Z`);
  return { from: `${range.from}T00:00:00Z`, to: new Date(end.getTime() + 86_400_000).toISOString() };
}
