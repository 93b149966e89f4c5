import { createConnectorContext, memoryLimiter, rateBudgets, type RequestLimiter } from '@tributary/core';
import { describe, expect, it } from 'vitest';
import { hubspot } from './connector.js';
import { createHubSpotSimulator } from './sandbox/index.js';
import { inProcessFetch } from './testing/in-process.js';

/** Every budget the connection declares, as the pipeline keeps them (in memory here, in the database there). */
function declaredLimiter(credentials: unknown): RequestLimiter {
  const limiters = rateBudgets(hubspot, credentials).map((b) => memoryLimiter(b));
  return {
    acquire: async (signal) => {
      for (const l of limiters) await l.acquire(signal);
    },
    penalize: async (ms) => {
      for (const l of limiters) await l.penalize(ms);
    },
  };
}

/** A full sync of a portal whose contacts take many search pages, in-process (as fast as the simulator answers). */
async function fullSync(limited: boolean) {
  const sim = createHubSpotSimulator({ seed: 12, companies: 20, contacts: 1_600, deals: 0, meetings: 0, calls: 0 });
  const credentials = { apiKey: sim.privateAppToken };
  const settings = hubspot.settingsSchema.parse({});
  const ctx = createConnectorContext(hubspot, credentials, settings, {
    baseUrl: 'http://hubspot.test',
    fetch: inProcessFetch(sim),
    http: { retries: 6, retryBaseMs: 50, retryCapMs: 500 },
    ...(limited ? { limiter: declaredLimiter(credentials) } : {}),
  });
  let cursor: string | null = null;
  for (let more = true; more;) {
    const page = await hubspot.sync(credentials, cursor, { ...ctx, mode: 'full' });
    cursor = page.cursor;
    more = page.hasMore;
  }
  return sim.limitsHit;
}

describe("HubSpot's request limits", () => {
  it('declares search as the pace (5 a second) and the 10-second window as a quota', () => {
    expect(rateBudgets(hubspot, { apiKey: 'x' })).toEqual([
      { name: 'rate', perSecond: 5, burst: 5 },
      { name: 'quota', perSecond: 11, burst: 110 },
    ]);
  });

  it('keep a sync within the search limit; without them the same sync is answered 429', async () => {
    expect(await fullSync(true)).toEqual({ SECONDLY: 0, TEN_SECONDLY_ROLLING: 0 });
    expect((await fullSync(false)).SECONDLY).toBeGreaterThan(0);
  }, 60_000);
});
