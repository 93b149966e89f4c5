import { createTestDatabase } from '@tributary/db/testing';
import { generateKeyHex, Vault } from '@tributary/vault';
import { startTsx } from '../pipeline/child.js';
import { fleetFigures, type FleetFigures, type StartedSync } from './figures.js';
import { seedFleet } from './seed.js';

export interface FleetOptions {
  mode: 'in-process' | 'temporal';
  connections: number;
  minutes: number;
  /** Syncs at once in the host (in-process orchestrator concurrency, or the worker's activity slots). */
  concurrency: number;
  poolSize: number;
}

/** Every few seconds, the most connections the run's database had at once. */
function samplePgConnections(query: () => Promise<number>): { stop(): Promise<number> } {
  let max = 0;
  const timer = setInterval(() => void query().then((n) => (max = Math.max(max, n))), 2_000);
  return {
    async stop() {
      clearInterval(timer);
      return Math.max(max, await query());
    },
  };
}

/**
 * A fleet of `connections` tenants, each with a small Stripe sandbox
 * connection synced every minute for `minutes` (an hour of a 15-minute
 * schedule, compressed), hosted by the in-process orchestrator in its own
 * process; the figures come from the sync logs and the samples.
 */
export async function runFleet(options: FleetOptions): Promise<FleetFigures> {
  const sim = startTsx(new URL('../pipeline/simulator-process.ts', import.meta.url), ['--customers', '5', '--charges', '10']);
  const db = await createTestDatabase({ server: true });
  try {
    const api = await sim.next();
    const key = generateKeyHex();
    const fleet = await seedFleet(db, new Vault(key), options.connections, String(api['apiKey']));
    const pg = samplePgConnections(async () => {
      const [row] = await db.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database()');
      return Number(row?.n ?? 0) - 1; // this sampler's own connection
    });
    const started = Date.now();
    const host = startTsx(new URL('./host-in-process.ts', import.meta.url), [
      ...['--db', db.url ?? '', '--sim', String(api['url']), '--key', key, '--cron', '* * * * *'],
      ...['--minutes', String(options.minutes), '--concurrency', String(options.concurrency), '--pool', String(options.poolSize)],
    ]);
    const report = await host.next();
    await host.exited;
    const pgConnectionsMax = await pg.stop();
    const logs = await db.prisma.syncLog.findMany({
      where: { trigger: 'schedule', startedAt: { gte: new Date(started) } },
      select: { connectorId: true, startedAt: true, completedAt: true, status: true },
    });
    const syncs: StartedSync[] = logs.map((l) => ({ ...l, status: String(l.status) }));
    const rss = Array.isArray(report['rssMb']) ? report['rssMb'].map(Number) : [];
    return fleetFigures(
      { ...options, pgConnectionsMax },
      syncs,
      fleet.map((f) => f.connectorId),
      rss,
    );
  } finally {
    await sim.stop();
    await db.dispose();
  }
}
