import { loadavg } from 'node:os';
import { createTestDatabase } from '@tributary/db/testing';
import { generateKeyHex, Vault } from '@tributary/vault';
import { startTsx } from '../pipeline/child.js';
import { out } from '../shared/print.js';
import { fleetFigures, serverSide, type FleetFigures, type StartedSync } from './figures.js';
import { parseHostReport } from './host-report.js';
import { seedFleet } from './seed.js';

export interface FleetOptions {
  mode: 'in-process' | 'temporal';
  connections: number;
  minutes: number;
  /** Syncs at once in the host (in-process orchestrator concurrency, or the worker's activity slots). */
  concurrency: number;
  poolSize: number;
}

/** Every few seconds, the most of `query` seen (PostgreSQL connections) and the load average's range. */
function sampleRun(query: () => Promise<number>): { stop(): Promise<{ max: number; load: FleetFigures['load'] }> } {
  let max = 0;
  const loads = [loadavg()[0] ?? 0];
  const timer = setInterval(() => {
    loads.push(loadavg()[0] ?? 0);
    void query().then((n) => (max = Math.max(max, n)));
  }, 2_000);
  return {
    async stop() {
      clearInterval(timer);
      return { max: Math.max(max, await query()), load: { min: Math.min(...loads), max: Math.max(...loads) } };
    },
  };
}

/** The name the hosts' PostgreSQL connections carry, so only theirs are counted against the pool. */
const HOST_APPLICATION = 'tributary-fleet-host';

function hostUrl(url: string): string {
  const u = new URL(url);
  u.searchParams.set('application_name', HOST_APPLICATION);
  return u.toString();
}

const HOSTS = {
  'in-process': new URL('./host-in-process.ts', import.meta.url),
  temporal: new URL('./host-temporal.ts', import.meta.url),
};

/**
 * A fleet of `connections` tenants, each with a small Stripe sandbox
 * connection synced every minute for `minutes` (an hour of a 15-minute
 * schedule, compressed), hosted in its own process by the in-process
 * orchestrator or by one Temporal worker with Temporal Schedules; the
 * figures come from the sync logs of the measured window and the samples.
 */
export async function runFleet(options: FleetOptions): Promise<FleetFigures> {
  out(`\nFleet (${options.mode}): ${options.connections} connections, ${options.minutes} minutes of a 1-minute schedule ...`);
  const sim = startTsx(new URL('../pipeline/simulator-process.ts', import.meta.url), ['--customers', '5', '--charges', '10']);
  const db = await createTestDatabase({ server: true });
  try {
    const api = await sim.next();
    const key = generateKeyHex();
    const fleet = await seedFleet(db, new Vault(key), options.connections, String(api['apiKey']));
    // The host's connections only, by name: this process keeps its own (seeding, sampling) open beside them.
    const samples = sampleRun(async () => {
      const [row] = await db.sql.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1',
        [HOST_APPLICATION],
      );
      return Number(row?.n ?? 0);
    });
    const host = startTsx(HOSTS[options.mode], [
      ...['--db', hostUrl(db.url ?? ''), '--sim', String(api['url']), '--key', key, '--cron', '* * * * *'],
      ...['--minutes', String(options.minutes), '--concurrency', String(options.concurrency), '--pool', String(options.poolSize)],
    ]);
    const report = parseHostReport(await host.next());
    const code = await host.exited;
    if (code !== 0) throw new Error(`fleet host (${options.mode}) exited with code ${String(code)}`);
    const sampled = await samples.stop();
    const logs = await db.prisma.syncLog.findMany({
      where: { trigger: 'schedule', startedAt: { gte: new Date(report.windowStartMs) } },
      select: { connectorId: true, startedAt: true, completedAt: true, status: true },
    });
    const syncs: StartedSync[] = logs.map((l) => ({ ...l, status: String(l.status) }));
    const server = report.schedules ? { server: serverSide(report.schedules, report.terminated ?? 0) } : {};
    const run = { ...options, pgConnectionsMax: sampled.max, setupMs: report.setupMs, load: sampled.load, ...server };
    return fleetFigures(
      run,
      syncs,
      fleet.map((f) => f.connectorId),
      report.memory,
    );
  } finally {
    await sim.stop();
    await db.dispose();
  }
}
