/**
 * The in-process orchestrator hosting a fleet, in its own process (its RSS
 * is the gateway's): every connection on a cron, for `--minutes`, then the
 * schedules stop and running syncs finish. Prints one JSON line when done
 * (see {@link HostReport}).
 *
 *   tsx tools/bench/src/fleet/host-in-process.ts --db <url> --sim <url> --key <hex> --cron '* * * * *' --minutes 15 --concurrency 8 --pool 10
 */
import { ConnectorRegistry } from '@tributary/core';
import { stripe } from '@tributary/connector-stripe';
import { createDatabase } from '@tributary/db';
import { InProcessOrchestrator } from '@tributary/sync';
import { Vault } from '@tributary/vault';
import { option } from './options.js';
import { printHostReport } from './host-report.js';
import { sampleMemory } from './rss.js';

async function main(): Promise<void> {
  const db = await createDatabase({ url: option('db'), poolSize: Number(option('pool')) });
  const registry = new ConnectorRegistry();
  registry.register(stripe);
  const sim = option('sim');
  const orchestrator = new InProcessOrchestrator(
    { db, registry, vault: new Vault(option('key')), connectionOptions: () => ({ baseUrl: sim }) },
    { concurrency: Number(option('concurrency')), sweepIntervalMs: 0 },
  );
  const memory = sampleMemory();
  const setupStart = Date.now();
  const connectors = await db.prisma.connector.findMany({ select: { tenantId: true, id: true } });
  for (const c of connectors) await orchestrator.upsertSchedule(c.tenantId, c.id, option('cron'));
  const windowStartMs = Date.now();
  process.stderr.write(`fleet host (in-process): ${connectors.length} schedules set in ${windowStartMs - setupStart} ms\n`);
  await new Promise((resolve) => setTimeout(resolve, Number(option('minutes')) * 60_000));
  await orchestrator.close();
  printHostReport({ windowStartMs, setupMs: windowStartMs - setupStart, memory: memory.stop() });
  await db.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
