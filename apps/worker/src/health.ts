import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Where `/healthz` listens when WORKER_HEALTH_PORT is unset (what the images' healthchecks ask). */
export const DEFAULT_HEALTH_PORT = 8081;

export interface HealthServer {
  port: number;
  /** True when the requested port was taken and a free one was used instead. */
  fellBack: boolean;
  close(): Promise<void>;
}

export interface HealthServerOptions {
  port: number;
  host: string;
  state: () => string;
  /**
   * Listen on a free port when `port` is taken (the default port, so a
   * second worker on one machine starts). Without it a taken port is an
   * error naming the variable to change.
   */
  fallBack?: boolean;
}

/**
 * `GET /healthz` for the worker process: 200 `{ status: 'ok', worker: 'RUNNING' }`
 * while the Temporal worker polls, 503 otherwise (starting, draining,
 * stopped, failed), so an orchestrator restarts a worker that stopped.
 *
 * @example
 * const health = await startHealthServer({ port: 8081, host: '0.0.0.0', state: () => worker.getState(), fallBack: true });
 * if (health.fellBack) logger.warn({ port: health.port }, 'health port 8081 was taken');
 */
export async function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  const server: Server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/healthz') {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'not found' }));
      return;
    }
    const state = options.state();
    const ok = state === 'RUNNING';
    res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify({ status: ok ? 'ok' : 'unavailable', worker: state }));
  });
  let fellBack = false;
  try {
    await listen(server, options.port, options.host);
  } catch (error) {
    if (!isAddressInUse(error)) throw error;
    if (!options.fallBack) {
      throw new Error(
        `WORKER_HEALTH_PORT ${options.port} is already in use on ${options.host} (another worker on this machine?). ` +
          'Give each worker its own port, or WORKER_HEALTH_PORT=0 for a free one.',
      );
    }
    await listen(server, 0, options.host);
    fellBack = true;
  }
  return {
    port: (server.address() as AddressInfo).port,
    fellBack,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

function isAddressInUse(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'EADDRINUSE';
}
