import { createStreamSync, type AnyStream, type SyncOptions } from '@tributary/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { SEARCH_RESULT_CAP } from '../api.js';
import type { HubSpotSettings } from '../config.js';
import { createHubSpotSimulator, type HubSpotSimulator } from '../sandbox/index.js';
import { inProcessConnection } from '../testing/in-process.js';
import { contacts } from './index.js';

type Sync = ReturnType<typeof createStreamSync>;

/** Read one run of `sync` to its end; `between` runs after each page (vendor-side changes mid-walk). */
async function walk(sync: Sync, options: SyncOptions<HubSpotSettings>, cursor: string | null = null, between?: (page: number) => void) {
  const ids = new Set<string>();
  let at = cursor;
  for (let page = 0; page < 500; page++) {
    const result = await sync({}, at, options);
    for (const r of result.records) ids.add(String(r.raw['id']));
    at = result.cursor;
    if (!result.hasMore) return { ids, cursor: at, pages: page + 1 };
    between?.(page);
  }
  throw new Error('the walk did not end');
}

const syncOf = (stream: AnyStream) => createStreamSync({ vendor: 'HubSpot', streams: [stream], feeds: {}, concurrency: 1 });
const searches = (sim: HubSpotSimulator) => sim.requests.filter({ path: '/crm/v3/objects/contacts/search' });
/** The `after` of a logged search body. */
const afterOf = (body: unknown) => z.object({ after: z.string().optional() }).parse(body).after;

describe('walking a search', () => {
  it('reads more records than one query may return, without ever paging past the cap', async () => {
    const sim = createHubSpotSimulator({ seed: 5, companies: 10, contacts: 1_250, rateLimits: false, searchCap: 500 });
    const { options } = inProcessConnection(sim);
    const run = await walk(syncOf(contacts), options);
    expect(run.ids.size).toBe(1_250);
    const afters = searches(sim).map((r) => Number(afterOf(r.body) ?? 0));
    expect(Math.max(...afters)).toBe(0);
    // Each full page restarts at its newest stamp, re-reading that one record: 199 new records a page after the first.
    expect(searches(sim).length).toBe(Math.ceil((1_250 - 1) / 199));
  });

  it('pages on through more changes in one instant than a page holds, then restarts past them', async () => {
    let t = Date.parse('2026-12-01T00:00:00Z');
    const sim = createHubSpotSimulator({ seed: 5, companies: 10, contacts: 600, rateLimits: false, now: () => new Date(t) });
    const { options } = inProcessConnection(sim, { settings: { overlapMinutes: 0 } });
    const first = await walk(syncOf(contacts), options);
    t += 60_000;
    const imported = sim.mutate.bulkUpdate('contacts', 450);
    t += 1_000;
    const later = sim.mutate.update('contacts', 3);
    const before = searches(sim).length;
    const second = await walk(syncOf(contacts), options, first.cursor);
    const changed = new Set([...imported, ...later]);
    expect([...changed].filter((id) => !second.ids.has(id))).toEqual([]);
    // Besides the changes: the record at the stored watermark (the filter is GTE).
    expect([...second.ids].filter((id) => !changed.has(id))).toEqual([sim.data.records('contacts').at(-1)?.id]);
    // From the watermark; restarted at the import's stamp; paged on (a restart there would not move); the rest past it.
    expect(
      searches(sim)
        .slice(before)
        .map((r) => afterOf(r.body)),
    ).toEqual(['0', '0', '200', '400']);
  });

  it('does not lose a record that moves while the walk pages (offset paging would skip the one it shifts)', async () => {
    const run = async (stream: AnyStream) => {
      let t = Date.parse('2026-12-01T00:00:00Z');
      const sim = createHubSpotSimulator({ seed: 8, companies: 10, contacts: 500, rateLimits: false, now: () => new Date(t) });
      const { options } = inProcessConnection(sim);
      const all = sim.data.records('contacts').map((c) => c.id);
      // After the first page: three records of that page change, moving to the end of the ascending search.
      const result = await walk(syncOf(stream), options, null, (page) => {
        if (page !== 0) return;
        t += 1_000;
        sim.mutate.update('contacts', [5, 50, 150]);
      });
      return all.filter((id) => !result.ids.has(id));
    };
    expect(await run(contacts)).toEqual([]);
    const offsetPaged = { ...contacts, incremental: { ...contacts.incremental, maxItemsPerQuery: SEARCH_RESULT_CAP } };
    expect((await run(offsetPaged)).length).toBe(3);
  });
});
