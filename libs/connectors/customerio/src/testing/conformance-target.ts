import type { ConformanceSimulator } from '@tributary/conformance';
import { createCustomerioSimulator } from '../sandbox/index.js';
import { connectCustomerio } from './connect.js';
import { customerioExpected, customerioSnapshot } from './expected.js';

/** The Customer.io simulator as the conformance suite drives it. */
export async function startCustomerioConformance({ seed, size }: { seed: number; size: number }): Promise<ConformanceSimulator> {
  const sim = createCustomerioSimulator({ seed, people: size, messages: size });
  const server = await sim.start();
  return {
    baseUrl: server.url,
    config: await connectCustomerio(sim),
    invalidConfig: { apiKey: 'customerio_revoked_app_api_key_00000' },
    faults: sim.faults,
    faultPath: /^\/v1\/(customers|messages)/,
    expected: () => customerioExpected(sim),
    mutate(n) {
      const before = customerioSnapshot(sim);
      sim.mutate.rename(n);
      sim.mutate.add(3);
      sim.mutate.send(4);
      sim.mutate.open(2);
      const after = customerioSnapshot(sim);
      const created = [...after.keys()].filter((id) => !before.has(id)).length;
      const updated = [...after].filter(([id, json]) => before.has(id) && before.get(id) !== json).length;
      return { created, updated };
    },
    close: () => server.close(),
  };
}
