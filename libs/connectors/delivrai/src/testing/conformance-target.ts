import type { ConformanceSimulator } from '@tributary/conformance';
import { createDelivraiSimulator } from '../sandbox/index.js';
import { connectDelivrai } from './connect.js';
import { delivraiExpected, delivraiSnapshot } from './expected.js';

/** The Delivr.ai simulator as the conformance suite drives it: an organization that enforces the API secret. */
export async function startDelivraiConformance({ seed, size }: { seed: number; size: number }): Promise<ConformanceSimulator> {
  const sim = createDelivraiSimulator({ seed, events: size, apiSecret: 'dlvr_secret_conformance_0000' });
  const server = await sim.start();
  return {
    baseUrl: server.url,
    config: await connectDelivrai(sim),
    invalidConfig: { apiKey: 'dlvr_revoked_key_00000000', apiSecret: 'dlvr_secret_conformance_0000' },
    settings: { organizationId: sim.scope.organizationId },
    faults: sim.faults,
    faultPath: '/api/v1/events',
    expected: () => delivraiExpected(sim),
    mutate(n) {
      const before = delivraiSnapshot(sim);
      sim.mutate.addEvents(n);
      const after = delivraiSnapshot(sim);
      const created = [...after.keys()].filter((id) => !before.has(id)).length;
      const updated = [...after].filter(([id, json]) => before.has(id) && before.get(id) !== json).length;
      return { created, updated };
    },
    close: () => server.close(),
  };
}
