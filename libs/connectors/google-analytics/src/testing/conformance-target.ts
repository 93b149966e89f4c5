import type { ConformanceSimulator, ExpectedRecords } from '@tributary/conformance';
import { createGoogleAnalyticsSimulator, type GoogleAnalyticsSimulator } from '../sandbox/index.js';
import { connectGoogleAnalytics } from './connect.js';

/** What Google Analytics holds, as canonical expectations, computed from the simulator's records without the connector's code. */
export function googleAnalyticsExpected(sim: GoogleAnalyticsSimulator): ExpectedRecords {
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

const snapshot = (sim: GoogleAnalyticsSimulator) => new Map([...sim.contacts.range()].map(([, c]) => [c.id, JSON.stringify(c)]));

/** The Google Analytics simulator as the conformance suite drives it. */
export async function startGoogleAnalyticsConformance({ seed, size }: { seed: number; size: number }): Promise<ConformanceSimulator> {
  const sim = createGoogleAnalyticsSimulator({ seed, contacts: size });
  const server = await sim.start();
  return {
    baseUrl: server.url,
    config: await connectGoogleAnalytics(sim, server.url),
    invalidConfig: { tokens: { accessToken: 'revoked-access-token', tokenType: 'Bearer', obtainedAt: new Date().toISOString() } },
    faults: sim.faults,
    faultPath: '/v1/contacts',
    expected: () => googleAnalyticsExpected(sim),
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
