import { afterEach, describe, expect, it } from 'vitest';
import { startHealthServer, type HealthServer } from './health.js';

describe('/healthz', () => {
  let server: HealthServer | undefined;
  let taken: HealthServer | undefined;
  afterEach(async () => {
    await server?.close();
    await taken?.close();
    server = taken = undefined;
  });

  it('is 200 while the worker runs and 503 once it drains or stops', async () => {
    let state = 'RUNNING';
    server = await startHealthServer({ port: 0, host: '127.0.0.1', state: () => state });
    const url = `http://127.0.0.1:${server.port}/healthz`;
    const ok = await fetch(url);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: 'ok', worker: 'RUNNING' });
    state = 'DRAINING';
    const draining = await fetch(url);
    expect(draining.status).toBe(503);
    expect(await draining.json()).toEqual({ status: 'unavailable', worker: 'DRAINING' });
    expect((await fetch(`http://127.0.0.1:${server.port}/metrics`)).status).toBe(404);
  });

  it('listens on a free port when the default one is taken, so a second worker on one machine starts', async () => {
    taken = await startHealthServer({ port: 0, host: '127.0.0.1', state: () => 'RUNNING' });
    server = await startHealthServer({ port: taken.port, host: '127.0.0.1', state: () => 'RUNNING', fallBack: true });
    expect(server.fellBack).toBe(true);
    expect(server.port).not.toBe(taken.port);
    expect((await fetch(`http://127.0.0.1:${server.port}/healthz`)).status).toBe(200);
  });

  it('refuses a port set explicitly that is taken, naming the variable and the way out', async () => {
    taken = await startHealthServer({ port: 0, host: '127.0.0.1', state: () => 'RUNNING' });
    const error = await startHealthServer({ port: taken.port, host: '127.0.0.1', state: () => 'RUNNING' }).catch((e: unknown) => e);
    expect(String(error)).toMatch(new RegExp(`WORKER_HEALTH_PORT ${taken.port} is already in use.*WORKER_HEALTH_PORT=0`));
  });

  it('uses the requested port when it is free', async () => {
    taken = await startHealthServer({ port: 0, host: '127.0.0.1', state: () => 'RUNNING' });
    const port = taken.port;
    await taken.close();
    taken = undefined;
    server = await startHealthServer({ port, host: '127.0.0.1', state: () => 'RUNNING', fallBack: true });
    expect(server).toMatchObject({ port, fellBack: false });
  });
});
