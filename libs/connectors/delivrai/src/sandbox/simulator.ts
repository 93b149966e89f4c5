import {
  createVendorApp,
  createVendorClock,
  mountList,
  requireCredential,
  type CredentialAnswers,
  type Dataset,
  type VendorApp,
  type VendorConditions,
} from '@tributary/sandbox';
import { changedSince, createContacts, type DelivraiContactRecord, type DelivraiMutations } from './contacts.js';
import { errorBody } from './errors.js';

export interface DelivraiSimulatorOptions {
  seed?: number;
  /** Seeded contacts (default 250). */
  contacts?: number;
  /** The vendor's clock (default: the wall clock). */
  now?: () => Date;
  /** Where the seeded history ends (default: now). */
  historyEnd?: Date;
  /** Latency and rate limits (default: none; the sandbox uses {@link DELIVRAI_RATE_LIMIT}). */
  conditions?: VendorConditions;
  apiKey?: string;
}

export type DelivraiSimulator = VendorApp & {
  apiKey: string;
  contacts: Dataset<DelivraiContactRecord>;
  mutate: DelivraiMutations;
};

/** The key the simulator accepts unless told otherwise. */
export const DEFAULT_DELIVRAI_API_KEY = 'delivrai_sandbox_key_000000000000';

/** The vendor's limit: 10 requests a second per key, its 429 with Retry-After, and its rate-limit headers. */
export const DELIVRAI_RATE_LIMIT: VendorConditions = {
  perSecond: 10,
  burst: 10,
  limited: (s) => ({ status: 429, body: errorBody(429, 'Rate limit exceeded'), headers: { 'Retry-After': String(s.retryAfterSeconds) } }),
  headers: (s) => ({
    'X-RateLimit-Limit': String(s.limit),
    'X-RateLimit-Remaining': String(s.remaining),
    'X-RateLimit-Reset': String(s.resetSeconds),
  }),
};

/** A missing or rejected credential: the vendor's 401, which never echoes what was sent. */
const rejected: CredentialAnswers = {
  missing: (c) => c.json(errorBody(401, 'Send the API key as Authorization: Bearer'), 401),
  invalid: (c) => c.json(errorBody(401, 'The API key is not valid'), 401),
};

/**
 * The Delivr.ai API as the connector sees it: `GET /v1/contacts` with cursor
 * paging (`limit` up to 100, `cursor`) and an `updated_since` filter, the
 * vendor's error envelope (injected faults too), seeded contacts with a
 * change clock and vendor-side mutations, and the credential check:
 * the API key as a bearer token.
 *
 * @example
 * const sim = createDelivraiSimulator({ seed: 1, contacts: 500 });
 * const server = await sim.start(); // GET `${server.url}/v1/contacts` with `Authorization: Bearer <sim.apiKey>`
 */
export function createDelivraiSimulator(options: DelivraiSimulatorOptions = {}): DelivraiSimulator {
  const now = options.now ?? (() => new Date());
  const clock = createVendorClock({ now, precisionMs: 1000 });
  const { data, mutate } = createContacts({
    seed: options.seed ?? 1,
    size: options.contacts ?? 250,
    historyEnd: options.historyEnd ?? now(),
    clock,
  });
  const vendor = createVendorApp({
    faults: {
      statusBody: (s) => errorBody(s, 'Injected failure'),
      statusHeaders: (s): Record<string, string> => (s === 429 ? { 'Retry-After': '1' } : {}),
    },
    ...(options.conditions ? { conditions: options.conditions } : {}),
    seed: options.seed ?? 1,
  });
  const apiKey = options.apiKey ?? DEFAULT_DELIVRAI_API_KEY;
  vendor.app.use(
    '*',
    requireCredential({ bearer: true }, (key) => key === apiKey, rejected),
  );
  mountList(vendor.app, {
    path: '/v1/contacts',
    paging: { style: 'cursor', cursorParam: 'cursor', limitParam: 'limit', defaultLimit: 25, maxLimit: 100 },
    records: (_c, query) => changedSince(data, query.get('updated_since')),
    envelope: (page) => ({ data: page.items, next_page: page.next }),
    badRequest: (c, error) => c.json(errorBody(400, error.message), 400),
  });
  return { ...vendor, apiKey, contacts: data, mutate };
}
