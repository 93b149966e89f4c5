import { serve, type ServerType } from '@hono/node-server';
import { recoverInterrupted } from '@tributary/sync';
import { createApp } from './app.js';
import type { GatewayConfig } from './config.js';
import { createRuntime, type GatewayRuntime, type RuntimeOverrides } from './runtime.js';
import { restoreSchedules } from './services/lifecycle.js';
import { bootstrapAdmin } from './services/users.js';

export interface RunningGateway {
  runtime: GatewayRuntime;
  url: string;
  port: number;
  /** The first admin's login, when this start created it. */
  admin: { email: string; password: string; tenantSlug: string } | null;
  close(): Promise<void>;
}

/**
 * Boot the gateway: runtime (database, migrations, vault, registry,
 * sandboxes, orchestrator), the first admin on an empty database, the
 * schedules of connected connectors, and the HTTP server.
 */
export async function startGateway(config: GatewayConfig, overrides: RuntimeOverrides = {}): Promise<RunningGateway> {
  const runtime = await createRuntime(config, overrides);
  const admin = await bootstrapAdmin(runtime.db.prisma, config.vars['TRIBUTARY_ADMIN_EMAIL']);
  if (runtime.orchestrator.kind === 'in-process') {
    // The embedded default runs alone: a sync still marked running was cut off by the last shutdown.
    await recoverInterrupted(runtime.db.prisma, { staleAfterMs: 0, logger: runtime.logger });
  }
  await restoreSchedules(runtime);
  const app = createApp(runtime);
  const server = await new Promise<{ server: ServerType; port: number }>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => resolve({ server: s, port: info.port }));
  });
  const url = `http://${config.host}:${server.port}`;
  return {
    runtime,
    url,
    port: server.port,
    admin,
    async close() {
      await new Promise<void>((resolve) => server.server.close(() => resolve()));
      await runtime.close();
    },
  };
}
