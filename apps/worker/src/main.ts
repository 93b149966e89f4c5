import { createRegistry } from '@tributary/catalog';
import { parseWorkerEnv } from './env.js';
import { createLogger } from './logger.js';
import { startWorkerApp } from './app.js';

/**
 * The worker process: `npm run dev -w @tributary/worker` (sources) or
 * `npm start -w @tributary/worker` (built). SIGTERM/SIGINT shut it down
 * gracefully: polling stops, running batches get the grace time to finish
 * and checkpoint; anything left is retried by another worker.
 */
async function main(): Promise<void> {
  const env = parseWorkerEnv(process.env);
  const logger = createLogger(env.LOG_LEVEL);
  const app = await startWorkerApp({ env, registry: createRegistry(), logger });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      logger.info({ signal }, 'shutting down');
      void app.stop();
    });
  }
  await app.done;
  logger.info({}, 'worker stopped');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
