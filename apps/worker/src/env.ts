import { GENERATE_KEY_COMMAND, SHARED_KEY_REQUIRED } from '@tributary/vault';
import { FailRejectRate } from '@tributary/sync';
import { z } from 'zod';

const KEY_REQUIRED = `${SHARED_KEY_REQUIRED} Generate a key with: ${GENERATE_KEY_COMMAND}`;
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** The worker's environment (see README.md). */
export const WorkerEnv = z.object({
  TEMPORAL_ADDRESS: z.string().min(3, 'TEMPORAL_ADDRESS is required: the worker runs Temporal workflows (host:port of the frontend)'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('tributary-sync'),
  /** 64 hex characters, the same as the gateway's: workers never generate a development key. */
  CONNECTOR_ENCRYPTION_KEY: z.string({ error: KEY_REQUIRED }).trim().min(1, KEY_REQUIRED),
  /** Older keys still accepted for decryption while rotating (comma-separated), as the gateway's. */
  CONNECTOR_ENCRYPTION_KEYS_PREVIOUS: z.string().optional(),
  /** `production` in the images; read by Node libraries, not by the worker's own code paths. */
  NODE_ENV: z.enum(['development', 'production', 'test']).optional(),
  /** PostgreSQL; without it PGlite under TRIBUTARY_DATA_DIR (one process only: development). */
  DATABASE_URL: z.string().optional(),
  TRIBUTARY_DATA_DIR: z.string().default('.data'),
  /** Apply pending migrations at start (safe with several processes: Prisma's advisory lock). */
  TRIBUTARY_MIGRATE: flag.default(true),
  /**
   * `/healthz` port; 0 picks a free one. Unset: 8081, or a free port (logged)
   * when 8081 is taken, so a second worker on the same machine starts.
   */
  WORKER_HEALTH_PORT: z.coerce.number().int().min(0).max(65_535).optional(),
  WORKER_HEALTH_HOST: z.string().default('0.0.0.0'),
  /** Activities (sync batches) at once in this process. */
  WORKER_MAX_ACTIVITIES: z.coerce.number().int().min(1).max(64).optional(),
  /** How often to correct connectors left "syncing" by a workflow that is gone; 0 disables. */
  WORKER_SWEEP_INTERVAL_MS: z.coerce.number().int().min(0).default(60_000),
  /**
   * The gateway's public URL: OAuth redirect URIs (the OAuth app the worker
   * refreshes tokens with) and the sandboxes the gateway serves under /sandbox.
   */
  PUBLIC_URL: z.url().default('http://127.0.0.1:3000'),
  /** How this process reaches the gateway (its sandboxes), when not at PUBLIC_URL (e.g. `http://gateway:3000` in docker-compose). */
  GATEWAY_URL: z.url().optional(),
  /** `auto`: connectors without a configured OAuth app refresh against the gateway's sandbox; `off`: never. Same as the gateway's. */
  TRIBUTARY_SANDBOX: z.enum(['auto', 'off']).default('auto'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace']).default('info'),
  /** A completed sync whose rejected share of the rows read reaches this (0..1) is recorded as failed; unset: never. As the gateway's. */
  SYNC_FAIL_REJECT_RATE: FailRejectRate.optional(),
});
export type WorkerEnv = z.infer<typeof WorkerEnv>;

/**
 * Parse the environment, with one readable line per problem.
 *
 * @example
 * const env = parseWorkerEnv(process.env);
 */
export function parseWorkerEnv(env: Record<string, string | undefined>): WorkerEnv {
  const parsed = WorkerEnv.safeParse(env);
  if (parsed.success) return parsed.data;
  throw new Error(`Invalid worker environment:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
}
