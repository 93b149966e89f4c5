import { z } from 'zod';

const Env = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** The URL people and vendors reach the gateway at (OAuth redirect URIs are built from it). */
  PUBLIC_URL: z.url().optional(),
  TRIBUTARY_DATA_DIR: z.string().default('.data'),
  DATABASE_URL: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** GraphQL introspection; open in development, off in production unless set to true. */
  TRIBUTARY_GRAPHQL_INTROSPECTION: z.enum(['true', 'false']).optional(),
  /** `auto`: connectors without real credentials run against their simulators, mounted under /sandbox; `off`: never. */
  TRIBUTARY_SANDBOX: z.enum(['auto', 'off']).default('auto'),
  TRIBUTARY_SESSION_TTL_HOURS: z.coerce.number().positive().default(168),
  /** Where the admin console build lives (served at /). */
  TRIBUTARY_CONSOLE_DIR: z.string().optional(),
});

/** The variables loadConfig validates (tools/deploy checks docker-compose.yml against them). */
export const GATEWAY_CONFIG_KEYS: readonly string[] = Object.keys(Env.shape);

export interface GatewayConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  introspection: boolean;
  sandbox: boolean;
  sessionTtlMs: number;
  consoleDir: string | undefined;
  /** Raw environment, for per-connector settings (OAuth client ids and secrets). */
  vars: Record<string, string | undefined>;
}

/**
 * The gateway's configuration from the environment, validated; a bad value
 * is a clear startup error naming the variable.
 *
 * @example
 * const config = loadConfig({ PORT: '4000' }); // config.publicUrl === 'http://127.0.0.1:4000'
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid gateway configuration: ${issues}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl: (e.PUBLIC_URL ?? `http://127.0.0.1:${e.PORT}`).replace(/\/+$/, ''),
    dataDir: e.TRIBUTARY_DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    introspection: e.TRIBUTARY_GRAPHQL_INTROSPECTION ? e.TRIBUTARY_GRAPHQL_INTROSPECTION === 'true' : e.NODE_ENV !== 'production',
    sandbox: e.TRIBUTARY_SANDBOX === 'auto',
    sessionTtlMs: e.TRIBUTARY_SESSION_TTL_HOURS * 3600_000,
    consoleDir: e.TRIBUTARY_CONSOLE_DIR,
    vars: env,
  };
}
