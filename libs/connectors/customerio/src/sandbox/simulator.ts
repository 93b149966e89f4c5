import {
  createVendorApp,
  createVendorClock,
  requireCredential,
  type CredentialAnswers,
  type Dataset,
  type VendorApp,
  type VendorConditions,
} from '@tributary/sandbox';
import { signedHeaders } from '../signature.js';
import { customerioRateLimit, errorBody } from './errors.js';
import { createMessages, type MessageMutations, type SimMessage } from './messages.js';
import { createPeople, type PeopleMutations, type SimPerson } from './people.js';
import { mountRoutes } from './routes.js';
import { reportingEvents } from './webhooks.js';

export interface CustomerioSimulatorOptions {
  seed?: number;
  /** Seeded people (default 250). */
  people?: number;
  /** Seeded deliveries (default 250). */
  messages?: number;
  /** The vendor's clock (default: the wall clock). */
  now?: () => Date;
  /** Where the seeded history ends (default: now); it spans 90 days before. */
  historyEnd?: Date;
  /** Latency and rate limits (default: none); `rateLimit: true` is Customer.io's 10 a second. */
  conditions?: VendorConditions;
  rateLimit?: boolean | number;
  apiKey?: string;
  /** The signing key of the simulated reporting webhook. */
  webhookSigningKey?: string;
}

export type CustomerioSimulator = VendorApp & {
  apiKey: string;
  webhookSigningKey: string;
  people: Dataset<SimPerson>;
  messages: Dataset<SimMessage>;
  mutate: PeopleMutations & MessageMutations;
  /** The signed reporting-webhook deliveries of these deliveries' events (every metric), as Customer.io would POST them. */
  webhookDeliveries(messageIndexes: readonly number[], at?: Date): { body: string; headers: Record<string, string> }[];
};

/** The key the simulator accepts unless told otherwise. */
export const DEFAULT_CUSTOMERIO_API_KEY = 'customerio_sandbox_app_api_key_0000';
export const DEFAULT_CUSTOMERIO_SIGNING_KEY = 'customerio_sandbox_signing_key_000';
const HISTORY_MS = 90 * 86_400_000;

/** A missing or rejected key: Customer.io's 401, which never echoes what was sent. */
const rejected: CredentialAnswers = {
  missing: (c) => c.json(errorBody(401), 401),
  invalid: (c) => c.json(errorBody(401), 401),
};

function conditionsOf(options: CustomerioSimulatorOptions): VendorConditions {
  if (options.conditions) return options.conditions;
  if (options.rateLimit === true) return customerioRateLimit();
  return typeof options.rateLimit === 'number' ? customerioRateLimit(options.rateLimit) : {};
}

/** The workspace's people and deliveries, seeded over the 90 days before `historyEnd`; each delivery goes to one of the seeded people. */
function createWorkspace(options: CustomerioSimulatorOptions, seed: number, now: () => Date) {
  const clock = createVendorClock({ now, precisionMs: 1000 });
  const end = (options.historyEnd ?? now()).getTime();
  const size = options.people ?? 250;
  const people = createPeople({ seed, size, end, historyMs: HISTORY_MS, clock });
  const fallback: SimPerson = { cio_id: 'c1000000000', id: null, email: null, attributes: {} };
  const recipient = (rng: { int(min: number, max: number): number }): SimPerson =>
    (size > 0 ? people.data.original(rng.int(0, size - 1)) : undefined) ?? fallback;
  const messages = createMessages({
    seed,
    size: options.messages ?? 250,
    end: Math.floor(end / 1000),
    historyMs: HISTORY_MS,
    clock,
    recipient,
  });
  return { people, messages };
}

/**
 * A fake Customer.io App API (v1) for connector tests and the sandbox.
 *
 * - Auth: `Authorization: Bearer <App API key>`; otherwise 401 `{meta: {error}}`.
 * - `POST /v1/customers` (search: `{filter: {and: [...]}}`, `start`/`limit` <= 1000, `next`),
 *   `POST /v1/customers/attributes?id_type=` (<= 100 ids), `GET /v1/messages`
 *   (`start_ts`/`end_ts` at most 6 months apart, newest first, `start`/`limit` <= 1000).
 * - `rateLimit`: 10 requests a second per key, 429 with `Retry-After`.
 * - `mutate.*` makes vendor-side changes; `webhookDeliveries()` signs reporting
 *   events with `X-CIO-Signature`; `faults` injects 429/5xx, delays, resets and truncated JSON.
 *
 * @example
 * const sim = createCustomerioSimulator({ seed: 1, people: 500 });
 * await sim.app.request('/v1/messages', { headers: { Authorization: `Bearer ${sim.apiKey}` } });
 */
export function createCustomerioSimulator(options: CustomerioSimulatorOptions = {}): CustomerioSimulator {
  const seed = options.seed ?? 1;
  const now = options.now ?? (() => new Date());
  const { people, messages } = createWorkspace(options, seed, now);
  const vendor = createVendorApp({
    faults: {
      statusBody: (s) => errorBody(s),
      statusHeaders: (s): Record<string, string> => (s === 429 ? { 'Retry-After': '1' } : {}),
    },
    conditions: conditionsOf(options),
    seed,
  });
  const apiKey = options.apiKey ?? DEFAULT_CUSTOMERIO_API_KEY;
  const webhookSigningKey = options.webhookSigningKey ?? DEFAULT_CUSTOMERIO_SIGNING_KEY;
  vendor.app.use(
    '*',
    requireCredential({ bearer: true }, (key) => key === apiKey, rejected),
  );
  mountRoutes(vendor.app, { people: people.data, messages: messages.data }, now);
  return {
    ...vendor,
    apiKey,
    webhookSigningKey,
    people: people.data,
    messages: messages.data,
    mutate: { ...people.mutate, ...messages.mutate },
    webhookDeliveries: (indexes, at = now()) =>
      indexes.flatMap((i) => {
        const m = messages.data.get(i);
        return m ? reportingEvents(m).map((body) => ({ body, headers: signedHeaders(webhookSigningKey, at, body) })) : [];
      }),
  };
}
