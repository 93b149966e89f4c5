import { ConnectorRegistry } from '@tributary/core';
import { fakeCrm, TEST_HTTP } from '@tributary/temporal/testing';
import { parseWorkerEnv } from '../env.js';
import { createLogger } from '../logger.js';
import { startWorkerApp } from '../app.js';

/**
 * The worker process as the kill test runs it: the real composition root,
 * with the fake CRM connector (at FAKE_CRM_URL) instead of the catalog.
 * Prints one `ready` line (JSON, with the health port) once it polls.
 */
async function main(): Promise<void> {
  const env = parseWorkerEnv(process.env);
  const logger = createLogger(env.LOG_LEVEL);
  const registry = new ConnectorRegistry();
  registry.register(fakeCrm);
  const baseUrl = process.env['FAKE_CRM_URL'];
  const app = await startWorkerApp({
    env,
    registry,
    logger,
    connectionOptions: () => ({ ...(baseUrl ? { baseUrl } : {}), http: TEST_HTTP }),
  });
  process.once('SIGTERM', () => {
    logger.info({ signal: 'SIGTERM' }, 'shutting down');
    void app.stop();
  });
  await app.done;
  logger.info({}, 'worker stopped');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
