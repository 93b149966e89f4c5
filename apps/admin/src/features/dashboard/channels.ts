/** Channel ids as connectors write them (`google_ads`), as people name them. */
const NAMES: Record<string, string> = {
  google_ads: 'Google Ads',
  meta_ads: 'Meta Ads',
  linkedin_ads: 'LinkedIn Ads',
  ga4: 'Google Analytics',
  crm: 'CRM',
  meetings: 'Meetings',
};

/**
 * The name of a channel: a known one by name, any other with its words
 * capitalized (`tiktok_ads` -> "Tiktok Ads") so no raw id reaches the page.
 */
export function channelLabel(id: string): string {
  return (
    NAMES[id] ??
    id
      .split(/[_\s-]+/)
      .filter(Boolean)
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())
      .join(' ')
  );
}

/** Big amounts short on a chart's axis: 1000000 -> "1M", 2500 -> "2.5K". */
export const compact = (value: number) => new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 }).format(value);

/**
 * Leave out today's rows: the day is not over, so its partial sums would
 * draw as a collapse at the end of every line.
 */
export function withoutPartialDay<R extends { date: string }>(rows: R[], now = new Date()): { rows: R[]; leftOut: boolean } {
  const today = now.toISOString().slice(0, 10);
  const kept = rows.filter((r) => r.date < today);
  return { rows: kept, leftOut: kept.length < rows.length };
}
