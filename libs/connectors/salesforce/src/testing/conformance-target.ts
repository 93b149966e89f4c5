import type { ConformanceSimulator } from '@tributary/conformance';
import { createSalesforceSimulator, type SalesforceSimulator } from '../sandbox/index.js';
import { salesforceExpected } from './expected.js';

const SYNCED = ['Account', 'Contact', 'Lead', 'Opportunity', 'Task', 'Event'] as const;

function snapshot(sim: SalesforceSimulator): Map<string, string> {
  const all = new Map<string, string>();
  for (const object of SYNCED) for (const r of sim.data.records(object)) all.set(r.Id, JSON.stringify(r));
  return all;
}

/** Vendor-side changes across every synced object, deletes (with their cascades) included. */
function mutate(sim: SalesforceSimulator, n: number): void {
  const some = Math.ceil(n / 5);
  sim.mutate.update('Contact', n);
  for (const object of ['Account', 'Lead', 'Opportunity', 'Task', 'Event'] as const) sim.mutate.update(object, some);
  sim.mutate.create('Account', 2);
  sim.mutate.create('Contact', 3);
  sim.mutate.create('Task', 3);
  sim.mutate.delete('Lead', 2);
  sim.mutate.delete('Contact', 1);
}

/** The Salesforce simulator as the conformance suite drives it: connected through the OAuth flow, paging by 100. */
export async function startSalesforceConformance({ seed, size }: { seed: number; size: number }): Promise<ConformanceSimulator> {
  const half = Math.floor(size / 2);
  const sim = createSalesforceSimulator({
    seed,
    accounts: size,
    contacts: size,
    leads: half,
    opportunities: half,
    tasks: size,
    events: half,
    pageSize: 100,
  });
  const server = await sim.start();
  const tokens = await sim.connect(server.url);
  return {
    baseUrl: server.url,
    config: { tokens },
    invalidConfig: { tokens: { ...tokens, accessToken: '00Dinvalid!session', refreshToken: undefined } },
    faults: sim.faults,
    faultPath: /^\/services\/data\/v\d+\.0\/(query|queryAll)(\/.*)?$/,
    expected: () => salesforceExpected(sim),
    mutate(n) {
      const before = snapshot(sim);
      mutate(sim, n);
      const after = snapshot(sim);
      const created = [...after.keys()].filter((id) => !before.has(id)).length;
      const changed = [...after].filter(([id, json]) => before.has(id) && before.get(id) !== json).length;
      const deleted = [...before.keys()].filter((id) => !after.has(id)).length;
      return { created, updated: changed + deleted };
    },
    close: () => server.close(),
  };
}
