import { combinations, figuresOf, type SimFigures } from './data.js';

/** At most 1,000 rows a metric block: Clarity has no pagination. */
export const MAX_ROWS = 1_000;

type Info = Record<string, string | number>;
const event = (f: SimFigures, count: number): Info => ({
  sessionsCount: String(f.sessions),
  sessionsWithMetricPercentage: Math.round((Math.min(count, f.sessions) / f.sessions) * 10_000) / 100,
  sessionsWithoutMetricPercentage: Math.round((1 - Math.min(count, f.sessions) / f.sessions) * 10_000) / 100,
  pagesViews: String(Math.round(f.sessions * f.pagesPerSession)),
  subTotal: String(count),
});

/** Each metric's fields for a combination, as Clarity spells them (counts as strings, percentages as numbers). */
const BLOCKS: Record<string, (f: SimFigures, legacy: boolean) => Info> = {
  Traffic: (f, legacy) => ({
    totalSessionCount: String(f.sessions),
    totalBotSessionCount: String(f.bots),
    [legacy ? 'distantUserCount' : 'distinctUserCount']: String(f.users),
    pagesPerSessionPercentage: f.pagesPerSession,
  }),
  EngagementTime: (f) => ({ totalTime: String(f.totalTime), activeTime: String(f.activeTime) }),
  ScrollDepth: (f) => ({ averageScrollDepth: f.scrollDepth }),
  RageClickCount: (f) => event(f, f.rage),
  DeadClickCount: (f) => event(f, f.dead),
  QuickbackClick: (f) => event(f, f.quickback),
  ExcessiveScroll: (f) => event(f, f.excessive),
  ScriptErrorCount: (f) => event(f, f.scriptErrors),
  ErrorClickCount: (f) => event(f, f.errorClicks),
};

/** The key a dimension's value goes under: Clarity answers `URL` in Traffic and `Url` elsewhere. */
const keyFor = (dimension: string, metric: string): string => (dimension === 'URL' && metric !== 'Traffic' ? 'Url' : dimension);

export interface AnswerOptions {
  seed: number;
  /** The 24 h window the answer covers (its figures' seed). */
  window: string;
  dimensions: readonly string[];
  urls: number;
  bumps: ReadonlyMap<string, number>;
  legacySpelling: boolean;
}

/** The combinations of an answer with their figures (what the conformance expectations read). */
export function rowsOf(o: Omit<AnswerOptions, 'legacySpelling'>): { combo: string[]; figures: SimFigures }[] {
  return combinations(o.dimensions, o.urls)
    .slice(0, MAX_ROWS)
    .map((combo) => ({ combo, figures: figuresOf(o.seed, o.window, combo, o.bumps.get(combo.join('|')) ?? 0) }));
}

/** The body of `project-live-insights`: one block per metric, each row with its dimension values. */
export function answer(o: AnswerOptions) {
  const rows = rowsOf(o);
  return Object.entries(BLOCKS).map(([metricName, fields]) => ({
    metricName,
    information: rows.map(({ combo, figures }) => ({
      ...fields(figures, o.legacySpelling),
      ...Object.fromEntries(o.dimensions.map((d, i) => [keyFor(d, metricName), combo[i] ?? ''])),
    })),
  }));
}
