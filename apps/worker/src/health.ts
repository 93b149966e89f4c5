import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HealthServer {
  port: number;
  close(): Promise<void>;
}

/**
 * `GET /healthz` for the worker process: 200 `{ status: 'ok', worker: 'RUNNING' }`
 * while the Temporal worker polls, 503 otherwise (starting, draining,
 * stopped, failed), so an orchestrator restarts a worker that stopped.
 *
 * @example
 * const health = await startHealthServer({ port: 8081, host: '0.0.0.0', state: () => worker.getState() });
 */
export async function startHealthServer(options: { port: number; host: string; state: () => string }): Promise<HealthServer> {
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
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
