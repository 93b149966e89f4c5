import type { ConformanceSimulator, ExpectedRecords } from '@tributary/conformance';
import { createClaritySimulator, type ClaritySimulator } from '../sandbox/index.js';
import { connectClarity } from './connect.js';

const PROJECT = 'contoso';
/** Three breakdowns: three requests a sync. */
const SETS = [['URL', 'Device'], ['Channel'], ['Country/Region']];

/** What the current snapshot holds, as canonical site analytics, computed from the simulator's figures without the connector's code. */
export function clarityExpected(sim: ClaritySimulator, sets: readonly string[][] = SETS, projectId = PROJECT): ExpectedRecords {
  const site = new Map<string, Record<string, unknown>>();
  const date = sim.window();
  for (const dimensions of sets) addRows(site, sim, dimensions, projectId, date);
  return { site_analytics: site };
}

function addRows(site: Map<string, Record<string, unknown>>, sim: ClaritySimulator, dimensions: string[], projectId: string, date: string) {
  for (const { combo, figures: f } of sim.rows(dimensions)) {
    const dims = Object.fromEntries(dimensions.map((d, i) => [d, combo[i]]));
    site.set(`${projectId}:${date}:${dimensions.map((d, i) => `${d}=${combo[i]}`).join('|')}`, {
      date,
      source: 'clarity',
      propertyId: projectId,
      dimensions: dims,
      sessions: f.sessions,
      botSessions: f.bots,
      users: f.users,
      engagementSeconds: f.activeTime,
      scrollDepth: f.scrollDepth,
      rageClicks: f.rage,
      deadClicks: f.dead,
      quickbacks: f.quickback,
      excessiveScrolls: f.excessive,
      scriptErrors: f.scriptErrors,
    });
  }
}

/** The Clarity simulator as the conformance suite drives it: one project, URL x Device, about `size` rows. */
export async function startClarityConformance({ seed, size }: { seed: number; size: number }): Promise<ConformanceSimulator> {
  // The suite runs many syncs of one connection in a day: the simulator's own limit is lifted here
  // (the connector's declared quota still applies through the platform's ledger).
  const sim = createClaritySimulator({ seed, urls: Math.max(2, Math.round(size / 3)), dailyLimit: 10_000 });
  const server = await sim.start();
  const expected = () => clarityExpected(sim);
  const snapshot = () => new Map([...(expected().site_analytics ?? [])].map(([k, v]) => [k, JSON.stringify(v)]));
  return {
    baseUrl: server.url,
    config: await connectClarity(sim),
    invalidConfig: { apiKey: 'eyJhbGciOiJIUzI1NiJ9.eyJyZXZva2VkIjp0cnVlfQ.cmV2b2tlZA' },
    settings: { projectId: PROJECT, dimensionSets: SETS },
    faults: sim.faults,
    faultPath: '/export-data/api/v1/project-live-insights',
    expected,
    mutate(n) {
      const before = snapshot();
      sim.mutate(n, 1);
      const after = snapshot();
      const created = [...after.keys()].filter((k) => !before.has(k)).length;
      const updated = [...after].filter(([k, v]) => before.has(k) && before.get(k) !== v).length;
      return { created, updated };
    },
    close: () => server.close(),
  };
}
