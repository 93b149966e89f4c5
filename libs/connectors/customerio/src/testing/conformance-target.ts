import type { ConformanceSimulator, ExpectedRecords } from '@tributary/conformance';
import { createCustomerioSimulator, type CustomerioSimulator } from '../sandbox/index.js';
import { connectCustomerio } from './connect.js';

/** What Customer.io holds, as canonical expectations, computed from the simulator's records without the connector's code. */
export function customerioExpected(sim: CustomerioSimulator): ExpectedRecords {
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

const snapshot = (sim: CustomerioSimulator) => new Map([...sim.contacts.range()].map(([, c]) => [c.id, JSON.stringify(c)]));

/** The Customer.io simulator as the conformance suite drives it. */
export async function startCustomerioConformance({ seed, size }: { seed: number; size: number }): Promise<ConformanceSimulator> {
  const sim = createCustomerioSimulator({ seed, contacts: size });
  const server = await sim.start();
  return {
    baseUrl: server.url,
    config: await connectCustomerio(sim),
    invalidConfig: { apiKey: 'customerio_revoked_key_0000000000000' },
    faults: sim.faults,
    faultPath: '/v1/contacts',
    expected: () => customerioExpected(sim),
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
