import type { ConformanceSimulator, ExpectedRecords } from '@tributary/conformance';
import { createDelivraiSimulator, type DelivraiSimulator } from '../sandbox/index.js';
import { connectDelivrai } from './connect.js';

/** What Delivr.ai holds, as canonical expectations, computed from the simulator's records without the connector's code. */
export function delivraiExpected(sim: DelivraiSimulator): ExpectedRecords {
  const person = new Map<string, Record<string, unknown>>();
  for (const [, c] of sim.contacts.range()) {
    if (c.archived) continue;
    person.set(c.id, {
      email: c.email?.toLowerCase(),
      firstName: c.first_name ?? undefined,
      lastName: c.last_name ?? undefined,
      kind: 'contact',
    });
  }
  return { person };
}

const snapshot = (sim: DelivraiSimulator) => new Map([...sim.contacts.range()].map(([, c]) => [c.id, JSON.stringify(c)]));

/** The Delivr.ai simulator as the conformance suite drives it. */
export async function startDelivraiConformance({ seed, size }: { seed: number; size: number }): Promise<ConformanceSimulator> {
  const sim = createDelivraiSimulator({ seed, contacts: size });
  const server = await sim.start();
  return {
    baseUrl: server.url,
    config: await connectDelivrai(sim),
    invalidConfig: { apiKey: 'delivrai_revoked_key_0000000000000' },
    faults: sim.faults,
    faultPath: '/v1/contacts',
    expected: () => delivraiExpected(sim),
    mutate(n) {
      const before = snapshot(sim);
      sim.mutate.update(n);
      sim.mutate.add(3);
      sim.mutate.archive(2);
      const after = snapshot(sim);
      const created = [...after.keys()].filter((id) => !before.has(id)).length;
      const updated = [...after].filter(([id, json]) => before.has(id) && before.get(id) !== json).length;
      return { created, updated };
    },
    close: () => server.close(),
  };
}
