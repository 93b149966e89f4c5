import { join, resolve } from 'node:path';
import { createRegistry } from '@tributary/catalog';
import { createStripeSimulator } from '@tributary/connector-stripe/sandbox';
import { createDatabase, forTenant, migrate } from '@tributary/db';
import { runSync, type SyncDeps } from '@tributary/sync';
import { loadVault } from '@tributary/vault';
import { num, out } from './print.js';
import { printHoldings, printOutcome } from './report.js';

/**
 * The embedded default end to end: PGlite under the data directory, the
 * Stripe sandbox (the simulator) on 127.0.0.1, a full sync, vendor-side
 * changes, and an incremental sync that picks up exactly those changes.
 */
async function main(): Promise<void> {
  const dataDir = resolve(process.env['TRIBUTARY_DATA_DIR'] ?? '.data');
  const { vault, source, created } = loadVault({ dataDir });
  const db = await createDatabase({ url: process.env['DATABASE_URL'], dataDir: join(dataDir, 'pglite') });
  const migrations = await migrate(db.sql);
  out(`Database: ${db.description}; migrations applied now: ${migrations.applied.length}, before: ${migrations.alreadyApplied.length}`);
  out(
    `Encryption key: ${source === 'env' ? 'CONNECTOR_ENCRYPTION_KEY' : `development key in ${dataDir}${created ? ' (generated now)' : ''}`}`,
  );

  // History generated up to a fixed date is the same on every run; changes made afterwards carry the real time.
  let generated = false;
  const clock = () => (generated ? new Date() : new Date('2026-11-01T00:00:00Z'));
  const sim = createStripeSimulator({ seed: 2026, customers: 2_000, charges: 10_000, malformedCharges: [42], now: clock });
  generated = true;
  const api = await sim.start();
  out(`Stripe sandbox: ${api.url} (${num(sim.data.customerCount())} customers, ${num(sim.data.chargeCount())} charges)\n`);

  const tenant = await db.prisma.tenant.upsert({ where: { slug: 'demo' }, create: { name: 'Demo', slug: 'demo' }, update: {} });
  const scope = forTenant(db.prisma, tenant.id);
  const connector =
    (await scope.connectors.getByType('stripe')) ??
    (await scope.connectors.create({ type: 'stripe', name: 'Stripe', status: 'connected' }));
  await scope.connectors.update(connector.id, {
    status: connector.status === 'syncing' ? 'error' : 'connected',
    config: vault.encrypt({ apiKey: sim.apiKey }, { tenantId: tenant.id, connectorId: connector.id }),
  });

  const deps: SyncDeps = { db, registry: createRegistry(), vault, connectionOptions: () => ({ baseUrl: api.url }) };
  try {
    printOutcome('Full sync', await runSync(deps, tenant.id, connector.id, { mode: 'full', trigger: 'demo' }));
    await printHoldings(db, tenant.id, connector.id);

    const changed = sim.mutate.updateCharges(25, { refunds: false });
    const added = sim.mutate.addCharges(10);
    const deleted = sim.mutate.deleteCustomers(2);
    out(`\nAt Stripe: ${changed.length} charges edited, ${added.length} charges added, ${deleted.length} customers deleted.`);
    printOutcome(
      'Incremental sync (from /v1/events)',
      await runSync(deps, tenant.id, connector.id, { mode: 'incremental', trigger: 'demo' }),
    );
    await printHoldings(db, tenant.id, connector.id);
    out(`\nData lives in ${dataDir}. Run it again: the sandbox restarts from its seed, so the full sync rewrites only`);
    out('the rows this run changed at Stripe; every other row is compared and left alone.');
    out('These rows are in a tenant of their own ("demo"), not the one the console signs you into: connect the');
    out('Stripe sandbox in the console to see the same data there.');
  } finally {
    await api.close();
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
