import { loadConfig } from './config.js';
import { startGateway } from './server.js';

/** `npm start`: the embedded default (PGlite, in-process orchestrator, sandboxes for every unconfigured vendor). */
async function main(): Promise<void> {
  const config = loadConfig();
  const gateway = await startGateway(config);
  const { logger } = gateway.runtime;
  // With PORT=0 the port is known only once bound.
  const { publicUrl } = gateway.runtime.config;
  const out = (line = '') => process.stdout.write(`${line}\n`);
  out(`\nTributary is running: ${publicUrl}`);
  out(`  Console:   ${publicUrl}/`);
  out(`  GraphQL:   ${publicUrl}/graphql${config.env !== 'production' ? ' (GraphiQL in the browser once signed in)' : ''}`);
  out(`  Database:  ${gateway.runtime.db.description}; orchestrator: ${gateway.runtime.orchestrator.kind}`);
  const sandboxed = gateway.runtime.registry.list().filter((c) => gateway.runtime.sandboxes.has(c.id));
  if (sandboxed.length > 0) out(`  Sandboxes: ${sandboxed.map((c) => c.name).join(', ')} (simulators at ${publicUrl}/sandbox/<id>)`);
  if (sandboxed.length > 0 && config.env === 'production') {
    // The simulators accept any login and answer with made-up data: nobody should miss that they are on.
    const banner = `SANDBOXES ARE ON IN PRODUCTION (TRIBUTARY_SANDBOX=auto): ${sandboxed.map((c) => c.name).join(', ')} connect to simulators, not the vendors.`;
    out(`\n${'!'.repeat(banner.length)}\n${banner}\n${'!'.repeat(banner.length)}`);
    logger.warn({ sandboxes: sandboxed.map((c) => c.id) }, banner);
  }
  if (gateway.metricsUrl) out(`  Metrics:   ${gateway.metricsUrl}`);
  if (gateway.admin) {
    out(`\n  First admin (shown once): ${gateway.admin.email} / ${gateway.admin.password}`);
    out(`  Tenant: ${gateway.admin.tenantSlug}. Create API tokens for GraphQL clients in the console (Settings, API tokens).`);
  }
  out('');
  const stop = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await gateway.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
