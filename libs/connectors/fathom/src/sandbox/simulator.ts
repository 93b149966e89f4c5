import {
  createVendorApp,
  requireCredential,
  type FaultInjector,
  type RequestLog,
  type RunningServer,
  type ServeOptions,
  type VendorConditions,
} from '@tributary/sandbox';
import type { Hono } from 'hono';
import { deliveriesFor } from './deliveries.js';
import { fathomRateLimit, fathomStatusBody, fathomStatusHeaders, textResponse } from './errors.js';
import { createMutations, type FathomMutations } from './mutate.js';
import { checkOptions, type FathomSimulatorOptions } from './options.js';
import { mountRoutes } from './routes/index.js';
import { createStore, type Store } from './store.js';
import type { SimDelivery, SimMeeting, SimWebhook } from './types.js';
import type { World } from './world.js';

/** What the simulated account holds, for tests' expectations. */
export interface FathomData {
  world: World;
  /** Every live meeting, newest created first (complete: transcript, summary, action items). */
  meetings(): SimMeeting[];
  /** Recording ids of the meetings served broken. */
  malformedRecordingIds(): number[];
}

export interface FathomSimulator {
  /** The fake API; call `app.request()` in-process or `start()` for real HTTP. */
  app: Hono;
  faults: FaultInjector;
  requests: RequestLog;
  /** The only key accepted (`X-Api-Key`). */
  apiKey: string;
  /** Serve on 127.0.0.1 (ephemeral port unless given); the caller closes it. */
  start(options?: ServeOptions): Promise<RunningServer>;
  /** Latency, rate limit, bandwidth while running. */
  setConditions(conditions: VendorConditions): void;
  mutate: FathomMutations;
  data: FathomData;
  /** Answers Fathom would POST to a `destination_url` (asynchronous transcripts and summaries), oldest first. */
  callbacks(): readonly { url: string; body: unknown }[];
  webhooks: {
    list(): readonly SimWebhook[];
    /** The signed deliveries of these meetings' "content ready" event to every registered webhook. */
    deliveries(recordingIds: readonly number[], at?: Date): SimDelivery[];
  };
}

function dataOf(store: Store): FathomData {
  return {
    world: store.world,
    meetings: () => store.order().flatMap((i) => store.meetings.get(i) ?? []),
    malformedRecordingIds: () => [...store.malformed].flatMap((i) => store.meetings.get(i)?.recording_id ?? []),
  };
}

/**
 * A fake Fathom External API (v1) for connector tests and the sandbox.
 *
 * - Auth: `X-Api-Key` must be the configured key; otherwise 401 (plain text).
 * - `GET /meetings`: 10 a page, newest created first, `next_cursor` -> `cursor`;
 *   `created_after`/`created_before`, invitee-domain, recorder and team filters;
 *   `include_summary|transcript|action_items|crm_matches`. Bad values are 400.
 * - `GET /recordings/{id}/summary|transcript`, `GET /teams`, `GET /team_members`,
 *   `POST /webhooks` (with its `whsec_` secret), `DELETE /webhooks/{id}`.
 * - `rateLimit`: 60 calls a minute per key with `RateLimit-*` headers and 429.
 * - `mutate.*` makes vendor-side changes; `webhooks.deliveries()` signs the
 *   "new meeting content ready" deliveries; `faults` injects 429/5xx
 *   (Fathom's headers), delays, resets and truncated JSON.
 *
 * @example
 * const fathom = createFathomSimulator({ seed: 7, meetings: 200 });
 * const res = await fathom.app.request('/meetings', { headers: { 'X-Api-Key': fathom.apiKey } });
 */
export function createFathomSimulator(options: FathomSimulatorOptions): FathomSimulator {
  const checked = checkOptions(options);
  const now = options.now ?? (() => new Date());
  const store = createStore({ ...checked, now, malformedMeetings: checked.malformedMeetings });
  const initial = checked.perMinute ? fathomRateLimit(checked.perMinute) : {};
  const vendor = createVendorApp({
    faults: { statusBody: fathomStatusBody, statusHeaders: fathomStatusHeaders },
    conditions: initial,
    seed: checked.seed,
  });
  const unauthorized = () => textResponse(401, 'Unauthorized');
  vendor.app.use(
    '*',
    requireCredential({ header: 'X-Api-Key' }, (key) => key === checked.apiKey, { missing: unauthorized, invalid: unauthorized }),
  );
  mountRoutes(vendor.app, store);
  return {
    app: vendor.app,
    faults: vendor.faults,
    requests: vendor.requests,
    apiKey: checked.apiKey,
    start: (serveOptions) => vendor.start(serveOptions),
    setConditions: (conditions) => vendor.setConditions(conditions),
    mutate: createMutations(store),
    data: dataOf(store),
    callbacks: () => store.callbacks,
    webhooks: {
      list: () => store.webhooks,
      deliveries: (recordingIds, at = now()) =>
        recordingIds.flatMap((id) => {
          const found = store.byRecordingId(id);
          return found ? deliveriesFor(store, found.index, at) : [];
        }),
    },
  };
}
