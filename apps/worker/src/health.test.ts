import { afterEach, describe, expect, it } from 'vitest';
import { startHealthServer, type HealthServer } from './health.js';

describe('/healthz', () => {
  let server: HealthServer | undefined;
  afterEach(async () => server?.close());

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
});
