import { FailRejectRate } from '@tributary/sync';
import { z } from 'zod';

/** `https://a.example, http://127.0.0.1:5173` -> origins, each checked. */
const OriginList = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.url().transform((u) => new URL(u).origin)));

/** `127.0.0.1:9464` or `:9464` (all interfaces). */
const ListenAddress = z
  .string()
  .regex(/^([^:\s]*):(\d{1,5})$/, 'host:port, e.g. 127.0.0.1:9464')
  .transform((v) => {
    const at = v.lastIndexOf(':');
    return { host: v.slice(0, at) || '0.0.0.0', port: Number(v.slice(at + 1)) };
  });

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
  /** `auto`: connectors without real credentials run against their simulators; `off`: never. Default: auto, off in production. */
  TRIBUTARY_SANDBOX: z.enum(['auto', 'off']).optional(),
  TRIBUTARY_SESSION_TTL_HOURS: z.coerce.number().positive().default(168),
  /** Where the admin console build lives (served at /). */
  TRIBUTARY_CONSOLE_DIR: z.string().optional(),
  /** The console's origin when it is not the gateway's own (the Vite dev server). */
  TRIBUTARY_CONSOLE_ORIGIN: z.url().optional(),
  /** More browser origins allowed to call /graphql with credentials (comma-separated). */
  TRIBUTARY_CORS_ORIGINS: OriginList,
  /** `/metrics` requires `Authorization: Bearer <this>`. */
  TRIBUTARY_METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  /** Serve `/metrics` on this address only (not on the public port). */
  TRIBUTARY_METRICS_LISTEN: ListenAddress.optional(),
  /** `smtp://user:pass@host:587` or `smtps://...`: invitation links are mailed instead of shown. */
  TRIBUTARY_SMTP_URL: z.url().optional(),
  TRIBUTARY_MAIL_FROM: z.string().default('Tributary <no-reply@tributary.local>'),
  TRIBUTARY_INVITATION_TTL_HOURS: z.coerce.number().positive().max(720).default(72),
  /** How long a token or session stays cached in the process (0: look it up on every request). */
  TRIBUTARY_AUTH_CACHE_MS: z.coerce.number().int().min(0).max(300_000).default(30_000),
  /** How often other processes' revocations are looked for (the auth_version number). */
  TRIBUTARY_AUTH_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1_000),
  /** Behind a reverse proxy: take the client address from the last X-Forwarded-For hop. */
  TRIBUTARY_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  /** A completed sync whose rejected share of the rows read reaches this (0..1) is recorded as failed; unset: never. */
  SYNC_FAIL_REJECT_RATE: FailRejectRate.optional(),
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
  /** The console's origin (the gateway's own unless TRIBUTARY_CONSOLE_ORIGIN). */
  consoleOrigin: string;
  /** Browser origins trusted with credentials: CORS on /graphql, and the CSRF check of cookie requests. */
  allowedOrigins: string[];
  metrics: { token: string | undefined; listen: { host: string; port: number } | undefined };
  mail: { smtpUrl: string | undefined; from: string };
  invitationTtlMs: number;
  authCache: { ttlMs: number; pollMs: number };
  trustProxy: boolean;
  /** SYNC_FAIL_REJECT_RATE: syncs run in this process (in-process orchestrator) fail at this rejected share. */
  failRejectRate: number | undefined;
  /** Raw environment, for per-connector settings (OAuth client ids and secrets). */
  vars: Record<string, string | undefined>;
}

function parseEnv(env: Record<string, string | undefined>) {
  const parsed = Env.safeParse(env);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  throw new Error(`Invalid gateway configuration: ${issues}`);
}

/**
 * The gateway's configuration from the environment, validated; a bad value
 * is a clear startup error naming the variable.
 *
 * @example
 * const config = loadConfig({ PORT: '4000' }); // config.publicUrl === 'http://127.0.0.1:4000'
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  const e = parseEnv(env);
  const publicUrl = (e.PUBLIC_URL ?? `http://127.0.0.1:${e.PORT}`).replace(/\/+$/, '');
  const consoleOrigin = new URL(e.TRIBUTARY_CONSOLE_ORIGIN ?? publicUrl).origin;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    publicUrl,
    dataDir: e.TRIBUTARY_DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
    introspection: e.TRIBUTARY_GRAPHQL_INTROSPECTION ? e.TRIBUTARY_GRAPHQL_INTROSPECTION === 'true' : e.NODE_ENV !== 'production',
    // The simulators accept any login: never on in production unless asked for by name.
    sandbox: e.TRIBUTARY_SANDBOX ? e.TRIBUTARY_SANDBOX === 'auto' : e.NODE_ENV !== 'production',
    sessionTtlMs: e.TRIBUTARY_SESSION_TTL_HOURS * 3600_000,
    consoleDir: e.TRIBUTARY_CONSOLE_DIR,
    consoleOrigin,
    allowedOrigins: [...new Set([new URL(publicUrl).origin, consoleOrigin, ...e.TRIBUTARY_CORS_ORIGINS])],
    metrics: { token: e.TRIBUTARY_METRICS_TOKEN, listen: e.TRIBUTARY_METRICS_LISTEN },
    mail: { smtpUrl: e.TRIBUTARY_SMTP_URL, from: e.TRIBUTARY_MAIL_FROM },
    invitationTtlMs: e.TRIBUTARY_INVITATION_TTL_HOURS * 3600_000,
    authCache: { ttlMs: e.TRIBUTARY_AUTH_CACHE_MS, pollMs: e.TRIBUTARY_AUTH_POLL_MS },
    trustProxy: e.TRIBUTARY_TRUST_PROXY === 'true',
    failRejectRate: e.SYNC_FAIL_REJECT_RATE,
    vars: env,
  };
}
