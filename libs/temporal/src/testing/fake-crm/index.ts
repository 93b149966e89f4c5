import { serve, type FaultInjector, type RequestLog, type RunningServer } from '@tributary/sandbox';
import type { Hono } from 'hono';
import { createCrmApp } from './app.js';
import { createMutations, createStore, type CrmStore } from './store.js';

export { fakeCrm, readOnlyFakeCrm } from './connector.js';
export type { CrmContact } from './store.js';

export interface FakeCrmOptions {
  contacts: number;
  /** Contacts whose name holds a NUL (their batch cannot be stored: a batch dead letter). */
  poison?: number[];
  /** Contacts with an invalid email (record dead letters). */
  malformed?: number[];
  apiKey?: string;
}

export interface FakeCrm {
  app: Hono;
  faults: FaultInjector;
  requests: RequestLog;
  apiKey: string;
  store: CrmStore;
  mutate: ReturnType<typeof createMutations>;
  /** What a database holding exactly this vendor's live contacts stores, by external id (for `diffStored`). */
  expected(): { person: Map<string, Record<string, unknown>> };
  start(): Promise<RunningServer>;
}

/**
 * A fake CRM over HTTP with fault injection and a request log, for the
 * orchestration tests (the Stripe simulator lives in a connector lib, which
 * data libs and apps may not import).
 *
 * @example
 * const crm = createFakeCrm({ contacts: 500 });
 * const server = await crm.start();
 * crm.faults.add({ path: '/v1/contacts' }, { kind: 'status', status: 429 }, { times: 5 });
 */
export function createFakeCrm(options: FakeCrmOptions): FakeCrm {
  const apiKey = options.apiKey ?? 'crm_test_0123456789';
  const store = createStore(options.contacts, options);
  const { app, faults, requests } = createCrmApp(store, apiKey);
  return {
    app,
    faults,
    requests,
    apiKey,
    store,
    mutate: createMutations(store),
    expected: () => ({
      person: new Map(
        [...store.contacts.values()]
          .filter((c) => !c.deleted)
          .map((c) => [c.id, { email: c.email.toLowerCase(), firstName: c.name }] as const),
      ),
    }),
    start: () => serve(app),
  };
}
