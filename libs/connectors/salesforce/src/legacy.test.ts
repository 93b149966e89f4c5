import { createConnectorContext, decodeCursor } from '@tributary/core';
import { describe, expect, it } from 'vitest';
import { salesforce } from './connector.js';
import { legacyCursor } from './legacy.js';
import { SalesforceSettings } from './settings.js';
import { createSalesforceSimulator } from './sandbox/index.js';

const STAMP = '2025-01-15T10:30:00.000+0000';
const watermarks = { accounts: STAMP, contacts: STAMP, leads: null, opportunities: STAMP, tasks: STAMP, events: STAMP };

describe('cursors stored before the SDK (version 1)', () => {
  it('keep every watermark between rounds', () => {
    expect(legacyCursor({ v: 1, watermarks, active: null })).toMatchObject({
      v: 2,
      state: { streams: { accounts: { '': { watermark: STAMP } }, leads: { '': { watermark: null } } } },
      run: null,
    });
  });

  it('continue a round in progress with its locator, its currency setup and the objects after it', () => {
    const active = {
      stream: 'opportunities',
      since: STAMP,
      seen: STAMP,
      next: '/services/data/v62.0/query/01gX-200',
      session: 'abcdef123456',
      currency: { multi: false, corporate: 'EUR' },
    };
    const cursor = legacyCursor({ v: 1, watermarks, active });
    expect(cursor?.run?.slices.map((s) => s.stream)).toEqual(['opportunities', 'tasks', 'events']);
    expect(cursor?.run?.slices[0]?.s).toMatchObject({
      token: 'abcdef123456 /services/data/v62.0/query/01gX-200',
      since: STAMP,
      initial: false,
    });
    expect(cursor?.run?.memo).toEqual({ opportunities: { multi: false, corporate: 'EUR' } });
    expect(legacyCursor({ v: 3 })).toBeNull();
  });

  it('resume against the simulator: a stale locator session restarts the query from the stamp seen', async () => {
    const sim = createSalesforceSimulator({ seed: 5, accounts: 20, contacts: 20, leads: 10, opportunities: 10, tasks: 10, events: 10 });
    const server = await sim.start();
    try {
      const tokens = await sim.connect(server.url);
      const credentials = { accessToken: tokens.accessToken, instanceUrl: server.url };
      const ctx = createConnectorContext(salesforce, credentials, SalesforceSettings.parse({}), { baseUrl: server.url });
      const active = {
        stream: 'contacts',
        since: null,
        seen: STAMP,
        next: '/services/data/v62.0/query/01gX-200',
        session: 'not-this-one',
        currency: null,
      };
      let cursor: string | null = JSON.stringify({ v: 1, watermarks: { ...watermarks, contacts: null }, active });
      const streams = new Set<string>();
      for (let more = true; more;) {
        const page = await salesforce.sync(credentials, cursor, { ...ctx, mode: 'incremental' });
        page.records.forEach((r) => streams.add(r.stream));
        cursor = page.cursor;
        more = page.hasMore;
      }
      expect(sim.requests.filter({ path: /queryAll$/ })[0]?.query['q']?.[0]).toMatch(
        /FROM Contact WHERE SystemModstamp >= 2025-01-15T10:30:00.000Z AND IsDeleted = false/,
      );
      expect(streams.has('contacts')).toBe(true);
      expect(decodeCursor(cursor).state.streams['contacts']?.['']?.watermark).toBeTruthy();
    } finally {
      await server.close();
    }
  });
});
