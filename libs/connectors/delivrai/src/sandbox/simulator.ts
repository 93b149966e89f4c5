import {
  createVendorApp,
  createVendorClock,
  type CredentialAnswers,
  type Dataset,
  type VendorApp,
  type VendorConditions,
} from '@tributary/sandbox';
import { createMiddleware } from 'hono/factory';
import { delivraiRateLimit, errorBody } from './errors.js';
import { createEvents, type SimEvent } from './events.js';
import { mountRoutes, type EventScope } from './routes.js';

export interface DelivraiSimulatorOptions {
  seed?: number;
  /** Seeded events (default 250). */
  events?: number;
  /** The vendor's clock (default: the wall clock). */
  now?: () => Date;
  /** Where the seeded history ends (default: now). */
  historyEnd?: Date;
  /** How long the seeded history is (default 6 days). */
  historyDays?: number;
  conditions?: VendorConditions;
  /** Delivr.ai's 25 a second, bursts of 50 (`true`), or another rate. */
  rateLimit?: boolean | { perSecond: number; burst: number };
  apiKey?: string;
  /** When set, the organization enforces the secret: `X-Api-Secret` must be it. */
  apiSecret?: string;
}

export type DelivraiSimulator = VendorApp & {
  apiKey: string;
  apiSecret: string | undefined;
  scope: EventScope;
  events: Dataset<SimEvent>;
  mutate: { /** `n` new events now. */ addEvents(n: number): number[] };
};

export const DEFAULT_DELIVRAI_API_KEY = 'dlvr_sandbox_key_0000000000';

function conditionsOf(options: DelivraiSimulatorOptions): VendorConditions {
  if (options.conditions) return options.conditions;
  if (options.rateLimit === true) return delivraiRateLimit();
  return options.rateLimit ? delivraiRateLimit(options.rateLimit.perSecond, options.rateLimit.burst) : {};
}

/** The key (401 without it or with another) and, where enforced, the secret (403 without it). */
function credentialCheck(apiKey: string, apiSecret: string | undefined, answers: CredentialAnswers) {
  return createMiddleware(async (c, next) => {
    const key = c.req.header('x-api-key');
    if (!key) return answers.missing(c);
    if (key !== apiKey) return answers.invalid(c, key);
    if (apiSecret !== undefined && c.req.header('x-api-secret') !== apiSecret) {
      return c.json(errorBody(403, 'This organization requires the API secret (X-Api-Secret)'), 403);
    }
    await next();
    return undefined;
  });
}

/**
 * A fake Delivr.ai events API for connector tests and the sandbox.
 *
 * - Auth: `X-Api-Key` (401 otherwise), `X-Api-Secret` when `apiSecret` is set (403 otherwise).
 * - `GET /api/v1/events`: the scope (`pixel_id|project_id|organization_id`,
 *   `x-organization-id`; another one is 403), `start_ms`..`end_ms` at most 25
 *   hours apart (400 over it), oldest first, `limit` (default 300) / `offset`, `total`.
 * - `rateLimit`: 25 a second, bursts of 50, `X-RateLimit-Limit|Remaining`, 429 with `Retry-After`.
 * - `mutate.addEvents` adds events now; `faults` injects 429/5xx, delays, resets and truncated JSON.
 *
 * @example
 * const sim = createDelivraiSimulator({ seed: 1, events: 1000 });
 * await sim.app.request('/api/v1/events?limit=10', { headers: { 'X-Api-Key': sim.apiKey } });
 */
export function createDelivraiSimulator(options: DelivraiSimulatorOptions = {}): DelivraiSimulator {
  const seed = options.seed ?? 1;
  const now = options.now ?? (() => new Date());
  // Event times to the second: never ahead of now (unique millisecond stamps would run ahead of the clock
  // when many events arrive at once, and a sync that starts right after would not see them yet).
  const clock = createVendorClock({ now, precisionMs: 1000 });
  const scope: EventScope = { organizationId: `org_${seed}`, projectId: `prj_${seed}`, pixelId: `px_${seed}` };
  const end = (options.historyEnd ?? now()).getTime();
  const historyMs = (options.historyDays ?? 6) * 86_400_000;
  const ids = { pixel: scope.pixelId, project: scope.projectId };
  const { data, add } = createEvents({ seed, size: options.events ?? 250, end, historyMs, clock, ids });
  const vendor = createVendorApp({
    faults: {
      statusBody: (s) => errorBody(s),
      statusHeaders: (s): Record<string, string> => (s === 429 ? { 'Retry-After': '1', 'X-RateLimit-Remaining': '0' } : {}),
    },
    conditions: conditionsOf(options),
    seed,
  });
  const apiKey = options.apiKey ?? DEFAULT_DELIVRAI_API_KEY;
  const rejected: CredentialAnswers = {
    missing: (c) => c.json(errorBody(401, 'Missing API key'), 401),
    invalid: (c) => c.json(errorBody(401, 'Invalid API key'), 401),
  };
  vendor.app.use('*', credentialCheck(apiKey, options.apiSecret, rejected));
  mountRoutes(vendor.app, data, scope, now);
  return { ...vendor, apiKey, apiSecret: options.apiSecret, scope, events: data, mutate: { addEvents: add } };
}
