import type { ConformanceSimulator } from '@tributary/conformance';
import { createFathomSimulator } from '../sandbox/index.js';
import { fathomExpected } from './expected.js';

const HOUR = 3_600_000;

/**
 * The Fathom simulator as the conformance suite drives it. Vendor-side
 * changes are the ones an incremental read by `created_after` can see: new
 * meetings, one of them created two hours before it shows up (the
 * overlap re-reads it). Edits to past meetings are left to the Fathom
 * end-to-end suite, which shows that a full sync picks them up.
 */
export async function startFathomConformance({ seed, size }: { seed: number; size: number }): Promise<ConformanceSimulator> {
  const sim = createFathomSimulator({ seed, meetings: size });
  const server = await sim.start();
  return {
    baseUrl: server.url,
    config: { apiKey: sim.apiKey },
    invalidConfig: { apiKey: 'fathom_revoked_key' },
    faults: sim.faults,
    faultPath: /^\/(meetings|teams)$/,
    expected: () => fathomExpected(sim),
    mutate(n) {
      const before = new Map(
        [...Object.values(fathomExpected(sim))].flatMap((m) => [...(m?.entries() ?? [])]).map(([k, v]) => [k, JSON.stringify(v)]),
      );
      sim.mutate.addMeetings(Math.max(1, Math.floor(n / 5)));
      sim.mutate.addMeetings(1, { createdAgoMs: 2 * HOUR });
      const after = [...Object.values(fathomExpected(sim))].flatMap((m) => [...(m?.entries() ?? [])]);
      const created = after.filter(([k]) => !before.has(k)).length;
      const updated = after.filter(([k, v]) => before.has(k) && before.get(k) !== JSON.stringify(v)).length;
      return { created, updated };
    },
    close: () => server.close(),
  };
}
