import type { ClarityInsights } from './api.js';

/** The key a row carries its value of `dimension` under, whatever its case (`URL`, `Url`). */
function keyOf(row: Record<string, unknown>, dimension: string): string | undefined {
  const wanted = dimension.toLowerCase();
  return Object.keys(row).find((k) => k.toLowerCase() === wanted);
}

/**
 * Join Clarity's metric blocks into one row per combination of the
 * requested dimensions: each block's fields for that combination under its
 * metric name, the dimension keys taken out (matched case-insensitively).
 *
 * @example
 * joinBlocks([{ metricName: 'Traffic', information: [{ totalSessionCount: '9', Device: 'PC' }] }], ['Device'])
 * // [{ dimensions: { Device: 'PC' }, metrics: { Traffic: { totalSessionCount: '9' } } }]
 */
export function joinBlocks(blocks: ClarityInsights, dimensions: readonly string[]) {
  const rows = new Map<string, { dimensions: Record<string, string>; metrics: Record<string, Record<string, string | number | null>> }>();
  for (const block of blocks) {
    for (const info of block.information) {
      const dims: Record<string, string> = {};
      const fields = { ...info };
      for (const d of dimensions) {
        const key = keyOf(info, d);
        dims[d] = key === undefined ? '' : String(info[key] ?? '');
        if (key !== undefined) delete fields[key];
      }
      const id = JSON.stringify(dimensions.map((d) => dims[d]));
      const row = rows.get(id) ?? { dimensions: dims, metrics: {} };
      row.metrics[block.metricName] = fields;
      rows.set(id, row);
    }
  }
  return [...rows.values()];
}

const num = (v: unknown): number | undefined => {
  if (v === null || v === undefined || v === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
};

/**
 * The canonical figures of a joined row. Counts arrive as strings; older
 * docs spell `distinctUserCount` as `distantUserCount`; the event metrics
 * (rage clicks ...) count occurrences in `subTotal`.
 *
 * @example
 * figures({ Traffic: { totalSessionCount: '10', distantUserCount: '8' } }) // { sessions: 10, users: 8, ... }
 */
export function figures(metrics: Record<string, Record<string, unknown>>) {
  const m = (name: string, field: string) => num(metrics[name]?.[field]);
  return {
    sessions: m('Traffic', 'totalSessionCount'),
    botSessions: m('Traffic', 'totalBotSessionCount'),
    users: m('Traffic', 'distinctUserCount') ?? m('Traffic', 'distantUserCount'),
    pagesPerSession: m('Traffic', 'pagesPerSessionPercentage'),
    engagementSeconds: m('EngagementTime', 'activeTime'),
    totalTimeSeconds: m('EngagementTime', 'totalTime'),
    scrollDepth: m('ScrollDepth', 'averageScrollDepth'),
    rageClicks: m('RageClickCount', 'subTotal'),
    deadClicks: m('DeadClickCount', 'subTotal'),
    quickbacks: m('QuickbackClick', 'subTotal'),
    excessiveScrolls: m('ExcessiveScroll', 'subTotal'),
    scriptErrors: m('ScriptErrorCount', 'subTotal'),
  };
}
