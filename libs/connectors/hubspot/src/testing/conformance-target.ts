import type { ConformanceSimulator } from '@tributary/conformance';
import { createHubSpotSimulator, type HubSpotSimulator, type SimType } from '../sandbox/index.js';
import { hubspotExpected } from './expected.js';

const TYPES: readonly SimType[] = ['companies', 'contacts', 'deals', 'meetings', 'calls'];

/** A token the simulator never issued, shaped like a private app's. */
export const REJECTED_PRIVATE_APP_TOKEN = 'pat-na1-00000000-0000-4000-8000-00000000dead';

function snapshot(sim: HubSpotSimulator): Map<string, string> {
  const all = new Map<string, string>();
  for (const type of TYPES) for (const r of sim.data.records(type)) all.set(r.id, JSON.stringify(r));
  return all;
}

/** Vendor-side changes across every object: edits, new records and archived ones. */
function mutate(sim: HubSpotSimulator, n: number): void {
  const some = Math.ceil(n / 5);
  sim.mutate.update('contacts', n);
  for (const type of ['companies', 'deals', 'meetings', 'calls'] as const) sim.mutate.update(type, some);
  sim.mutate.create('contacts', 3);
  sim.mutate.create('deals', 2);
  sim.mutate.create('meetings', 2);
  sim.mutate.archive('deals', 2);
  sim.mutate.archive('contacts', 1);
  sim.mutate.archive('calls', 1);
}

/**
 * The HubSpot simulator as the conformance suite drives it: connected
 * through the OAuth flow, with HubSpot's request limits on (the connector
 * paces itself within them).
 */
export async function startHubSpotConformance({ seed, size }: { seed: number; size: number }): Promise<ConformanceSimulator> {
  const sim = createHubSpotSimulator({ seed, companies: size, contacts: size * 2, deals: size, meetings: size, calls: size });
  const server = await sim.start();
  const tokens = await sim.connect(server.url);
  return {
    baseUrl: server.url,
    config: { tokens },
    invalidConfig: { apiKey: REJECTED_PRIVATE_APP_TOKEN },
    faults: sim.faults,
    faultPath: /^\/crm\/v3\/objects\/[a-z]+\/search$/,
    expected: () => hubspotExpected(sim),
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
