/** The values each dimension takes in the simulator. */
export const DIMENSION_VALUES: Record<string, readonly string[]> = {
  Browser: ['Chrome', 'Edge', 'Safari', 'Firefox'],
  Device: ['PC', 'Mobile', 'Tablet'],
  'Country/Region': ['United States', 'Germany', 'Japan', 'Brazil'],
  OS: ['Windows', 'MacOS', 'iOS', 'Android'],
  Source: ['google', 'bing', 'newsletter', '(direct)'],
  Medium: ['organic', 'cpc', 'email', '(none)'],
  Campaign: ['spring', 'brand', '(not set)'],
  Channel: ['Direct', 'Organic Search', 'Paid Search', 'Social', 'Email', 'Referral'],
};
export const METRIC_NAMES = [
  'Traffic',
  'EngagementTime',
  'ScrollDepth',
  'RageClickCount',
  'DeadClickCount',
  'QuickbackClick',
  'ExcessiveScroll',
  'ScriptErrorCount',
  'ErrorClickCount',
] as const;

function hash(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const ch of parts.join('|')) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

/** The values of a dimension: `urls` pages for URL. */
export const valuesOf = (dimension: string, urls: number): readonly string[] =>
  dimension === 'URL'
    ? Array.from({ length: urls }, (_, i) => `https://www.contoso.example/p/${i + 1}`)
    : (DIMENSION_VALUES[dimension] ?? []);

/** Every combination of the dimensions' values. */
export function combinations(dimensions: readonly string[], urls: number): string[][] {
  return dimensions.reduce<string[][]>((acc, d) => acc.flatMap((c) => valuesOf(d, urls).map((v) => [...c, v])), [[]]);
}

/** The figures of one combination for one 24 h window: sessions from the seed, a window key and the combination, plus any bump. */
export function figuresOf(seed: number, window: string, combo: readonly string[], bump: number) {
  const h = hash(seed, window, ...combo);
  const sessions = 5 + (h % 300) + bump;
  return {
    sessions,
    bots: Math.floor(sessions / 12),
    users: Math.max(1, Math.round(sessions * 0.85)),
    pagesPerSession: Math.round((1 + (h % 40) / 10) * 100) / 100,
    totalTime: sessions * 95,
    activeTime: sessions * 41 + (h % 17),
    scrollDepth: Math.round((20 + (h % 70) + (h % 7) / 10) * 10) / 10,
    rage: (h >>> 3) % 9,
    dead: (h >>> 5) % 13,
    quickback: (h >>> 7) % 6,
    excessive: (h >>> 9) % 5,
    scriptErrors: (h >>> 11) % 4,
    errorClicks: (h >>> 13) % 3,
  };
}
export type SimFigures = ReturnType<typeof figuresOf>;
