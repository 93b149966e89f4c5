import { createVendorApp, requireCredential, type CredentialAnswers, type VendorApp, type VendorConditions } from '@tributary/sandbox';
import type { Hono } from 'hono';
import { answer, rowsOf } from './answer.js';
import { DIMENSION_VALUES } from './data.js';

export interface ClaritySimulatorOptions {
  seed?: number;
  /** The vendor's clock (default: the wall clock): which 24 h an answer covers, which day the limit counts. */
  now?: () => Date;
  /** The project's API token (default {@link DEFAULT_CLARITY_API_KEY}). */
  apiKey?: string;
  /** Pages of the site (the values of the URL dimension; default 50). */
  urls?: number;
  /** Requests a project may make a UTC day (default 10, Clarity's). */
  dailyLimit?: number;
  /** Answer `distantUserCount`, as older docs spell it. */
  legacySpelling?: boolean;
  conditions?: VendorConditions;
}

export type ClaritySimulator = VendorApp & {
  apiKey: string;
  /** The 24 h window an answer now covers (the UTC date of now minus 12 h). */
  window(): string;
  /** What an answer for these dimensions holds now. */
  rows(dimensions: readonly string[]): ReturnType<typeof rowsOf>;
  /** Vendor-side change: `n` combinations of the current window get more sessions; `pages` new URLs appear. */
  mutate(n: number, pages?: number): void;
  /** Requests counted today. */
  used(): number;
};

/** A JWT-shaped sandbox token (header.payload.signature). */
export const DEFAULT_CLARITY_API_KEY = 'eyJhbGciOiJIUzI1NiJ9.eyJwcm9qZWN0SWQiOiJzYW5kYm94In0.c2FuZGJveC1zaWduYXR1cmU';
export const CLARITY_DAILY_LIMIT = 10;
const DIMENSIONS = new Set([...Object.keys(DIMENSION_VALUES), 'URL']);

const rejected: CredentialAnswers = { missing: (c) => c.body(null, 401), invalid: (c) => c.body(null, 401) };

/**
 * Microsoft Clarity's Data Export API: `GET /export-data/api/v1/project-live-insights`
 * with `numOfDays` 1-3 and `dimension1..3`, a Bearer JWT, one block per
 * metric (counts as strings, percentages as numbers, `URL` / `Url`), at
 * most 1,000 rows, no pagination, no date parameter, 10 requests per
 * project per UTC day (then 429 "Exceeded daily limit", no Retry-After).
 *
 * @example
 * const sim = createClaritySimulator({ seed: 1, now: () => new Date('2026-12-06T00:30:00Z') });
 * (await sim.app.request('/export-data/api/v1/project-live-insights?numOfDays=1&dimension1=Device', { headers })).status // 200
 */
export function createClaritySimulator(options: ClaritySimulatorOptions = {}): ClaritySimulator {
  const now = options.now ?? (() => new Date());
  const seed = options.seed ?? 1;
  const apiKey = options.apiKey ?? DEFAULT_CLARITY_API_KEY;
  const bumps = new Map<string, number>();
  const counts = new Map<string, number>();
  let urls = options.urls ?? 50;
  const window = () => new Date(now().getTime() - 12 * 3_600_000).toISOString().slice(0, 10);
  const rows = (dimensions: readonly string[]) => rowsOf({ seed, window: window(), dimensions, urls, bumps });
  const vendor = createVendorApp({
    faults: { statusBody: (s) => (s === 429 ? 'Exceeded daily limit' : `Injected failure ${s}`) },
    ...(options.conditions ? { conditions: options.conditions } : {}),
    seed,
  });
  vendor.app.use(
    '*',
    requireCredential({ bearer: true }, (key) => key === apiKey, rejected),
  );
  const day = () => now().toISOString().slice(0, 10);
  mountInsights(vendor.app, {
    spend: () => {
      counts.set(day(), (counts.get(day()) ?? 0) + 1);
      return (counts.get(day()) ?? 0) <= (options.dailyLimit ?? CLARITY_DAILY_LIMIT);
    },
    body: (dimensions) => answer({ seed, window: window(), dimensions, urls, bumps, legacySpelling: options.legacySpelling ?? false }),
  });
  return {
    ...vendor,
    apiKey,
    window,
    rows,
    mutate(n, pages = 0) {
      const all = rows(['URL', 'Device']).concat(rows(['Device', 'Channel']));
      for (let i = 0; i < n && all.length > 0; i++) {
        const key = all[(i * 7919) % all.length]?.combo.join('|') ?? '';
        bumps.set(key, (bumps.get(key) ?? 0) + 11);
      }
      urls += pages;
    },
    used: () => counts.get(day()) ?? 0,
  };
}

function mountInsights(app: Hono, o: { spend(): boolean; body(dimensions: string[]): unknown }): void {
  // https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-data-export-api
  app.get('/export-data/api/v1/project-live-insights', (c) => {
    if (!o.spend()) return c.text('Exceeded daily limit', 429);
    const days = c.req.query('numOfDays');
    if (!days || !['1', '2', '3'].includes(days)) return c.text('numOfDays must be 1, 2 or 3', 400);
    const dimensions = ['dimension1', 'dimension2', 'dimension3'].map((k) => c.req.query(k)).filter((d): d is string => d !== undefined);
    const unknown = dimensions.find((d) => !DIMENSIONS.has(d));
    if (unknown) return c.text(`Invalid dimension: ${unknown}`, 400);
    return c.json(o.body(dimensions));
  });
}
