import {
  createVendorApp,
  requireCredential,
  type CredentialAnswers,
  type OAuthSimulator,
  type SimulatedClient,
  type VendorApp,
  type VendorConditions,
} from '@tributary/sandbox';
import { mountAdmin } from './admin.js';
import { createTraffic, DEFAULT_PROPERTIES, type SimProperty, type SimTraffic } from './data.js';
import { errorBody } from './errors.js';
import { GOOGLE_ANALYTICS_OAUTH_PATHS, mountGoogleAnalyticsOAuth } from './oauth.js';
import { createQuota, STANDARD_QUOTA, type SimQuotaLimits } from './quota.js';
import { mountReport } from './report.js';

export interface GoogleAnalyticsSimulatorOptions {
  seed?: number;
  /** The vendor's clock (default: the wall clock): "today" of each property, the quota hours. */
  now?: () => Date;
  properties?: SimProperty[];
  /** Latency and rate limits (default: none; the sandbox uses {@link GOOGLE_ANALYTICS_RATE_LIMIT}). */
  conditions?: VendorConditions;
  /** Registered OAuth apps (push one to register another redirect URI). */
  clients?: SimulatedClient[];
  /** Sign tokens so that a restarted simulator still accepts them. */
  tokenSecret?: string;
}

export type GoogleAnalyticsSimulator = VendorApp & {
  oauth: OAuthSimulator;
  clients: SimulatedClient[];
  traffic: SimTraffic;
  properties: SimProperty[];
  /** A property's token quota (default: a standard property's). */
  setQuota(limits: SimQuotaLimits): void;
  /** Most rows a response holds (GA may return fewer than `limit`): small values force offset paging. */
  setMaxRows(rows: number): void;
};

/** GA4's 10 concurrent requests per property, as a short-term limit answered with its quota error. */
export const GOOGLE_ANALYTICS_RATE_LIMIT: VendorConditions = {
  perSecond: 10,
  burst: 10,
  limited: () => ({ status: 429, body: errorBody(429, 'Exhausted concurrent requests quota.') }),
};

const rejected: CredentialAnswers = {
  missing: (c) => c.json(errorBody(401, 'Request is missing required authentication credential. Expected OAuth 2 access token.'), 401),
  invalid: (c) => c.json(errorBody(401, 'Request had invalid authentication credentials. Expected OAuth 2 access token.'), 401),
};

/**
 * Google Analytics 4 as the connector sees it, on one host: Google's OAuth
 * (consent screen, PKCE, refresh, revocation), the Admin API's account
 * summaries and properties, and the Data API's runReport over seeded daily
 * traffic whose newest days settle and can be restated vendor-side.
 *
 * @example
 * const sim = createGoogleAnalyticsSimulator({ seed: 1, now: () => new Date('2026-11-15T12:00:00Z') });
 * const server = await sim.start(); // POST `${server.url}/v1beta/properties/300001:runReport`
 */
export function createGoogleAnalyticsSimulator(options: GoogleAnalyticsSimulatorOptions = {}): GoogleAnalyticsSimulator {
  const now = options.now ?? (() => new Date());
  const properties = options.properties ?? DEFAULT_PROPERTIES.map((p) => ({ ...p }));
  const traffic = createTraffic({ seed: options.seed ?? 1, now, properties });
  let limits = STANDARD_QUOTA;
  let maxRows = 250_000;
  const vendor = createVendorApp({
    faults: { statusBody: (s) => errorBody(s, s === 429 ? 'Exhausted property tokens per hour.' : 'Injected failure') },
    ...(options.conditions ? { conditions: options.conditions } : {}),
    seed: options.seed ?? 1,
  });
  const clients = options.clients ?? [];
  const oauth = mountGoogleAnalyticsOAuth(vendor.app, {
    clients,
    now,
    ...(options.tokenSecret ? { tokenSecret: options.tokenSecret } : {}),
  });
  const open = Object.values(GOOGLE_ANALYTICS_OAUTH_PATHS);
  vendor.app.use(
    '*',
    requireCredential({ bearer: true }, (token) => oauth.tokenInfo(token) !== undefined, rejected, open),
  );
  mountAdmin(vendor.app, () => properties);
  mountReport(
    vendor.app,
    traffic,
    createQuota(now, () => limits),
    () => maxRows,
  );
  return {
    ...vendor,
    oauth,
    clients,
    traffic,
    properties,
    setQuota: (next) => void (limits = next),
    setMaxRows: (rows) => void (maxRows = rows),
  };
}
