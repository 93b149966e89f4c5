import { serve, type ServerType } from '@hono/node-server';
import { recoverInterrupted } from '@tributary/sync';
import { createApp } from './app.js';
import { metricsApp } from './http/metrics-route.js';
import { loadConfig, type GatewayConfig } from './config.js';
import { createRuntime, type GatewayRuntime, type RuntimeOverrides } from './runtime.js';
import { restoreSchedules } from './services/lifecycle.js';
import { bootstrapAdmin } from './services/users.js';

export interface RunningGateway {
  runtime: GatewayRuntime;
  url: string;
  port: number;
  /** Where `/metrics` is served when TRIBUTARY_METRICS_LISTEN puts it on an address of its own. */
  metricsUrl: string | null;
  /** The first admin's login, when this start created it. */
  admin: { email: string; password: string; tenantSlug: string } | null;
  close(): Promise<void>;
}

type Handler = (request: Request, env: unknown) => Response | Promise<Response>;

function listen(address: { host: string; port: number }, handler: () => Handler): Promise<{ server: ServerType; port: number }> {
  return new Promise((resolve) => {
    const s = serve({ fetch: (request, env) => handler()(request, env), hostname: address.host, port: address.port }, (info) =>
      resolve({ server: s, port: info.port }),
    );
  });
}

const closeServer = (server: ServerType) => new Promise<void>((resolve) => server.close(() => resolve()));

/**
 * Boot the gateway: the HTTP server (answering 503 until ready), the
 * runtime (database, migrations, vault, registry, sandboxes, orchestrator),
 * the first admin on an empty database, and the schedules of connected
 * connectors. With PORT=0 the OS picks a free port, and the public URL
 * (OAuth redirect URIs, sandbox base URLs) names the port actually bound.
 */
export async function startGateway(config: GatewayConfig, overrides: RuntimeOverrides = {}): Promise<RunningGateway> {
  let handler: Handler = () => new Response('Starting', { status: 503 });
  const server = await listen(config, () => handler);
  // Everything derived from the public URL (CORS origins, redirect URIs) names the port actually bound.
  const resolved =
    config.port === 0 && !config.vars['PUBLIC_URL']
      ? loadConfig({ ...config.vars, PORT: String(server.port), PUBLIC_URL: `http://127.0.0.1:${server.port}` })
      : config;
  let runtime: GatewayRuntime | undefined;
  try {
    runtime = await createRuntime(resolved, overrides);
    const admin = await bootstrapAdmin(runtime.db.prisma, config.vars['TRIBUTARY_ADMIN_EMAIL']);
    if (runtime.orchestrator.kind === 'in-process') {
      // The embedded default runs alone: a sync still marked running was cut off by the last shutdown.
      await recoverInterrupted(runtime.db.prisma, { staleAfterMs: 0, logger: runtime.logger });
    }
    await restoreSchedules(runtime);
    const app = createApp(runtime);
    handler = (request, env) => app.fetch(request, env);
    const rt = runtime;
    const metrics = resolved.metrics.listen ? await listen(resolved.metrics.listen, () => metricsApp(rt).fetch) : undefined;
    return {
      runtime: rt,
      url: `http://${config.host}:${server.port}`,
      port: server.port,
      metricsUrl: metrics && resolved.metrics.listen ? `http://${resolved.metrics.listen.host}:${metrics.port}/metrics` : null,
      admin,
      async close() {
        if (metrics) await closeServer(metrics.server);
        await closeServer(server.server);
        await rt.close();
      },
    };
  } catch (error) {
    await closeServer(server.server);
    await runtime?.close();
    throw error;
  }
}
