import { createServer } from 'node:net';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { serve, type RunningServer } from './serve.js';

function bind(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

describe('serve', () => {
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('serves the app on an ephemeral 127.0.0.1 port', async () => {
    const app = new Hono().get('/ping', (c) => c.json({ ok: true }));
    server = await serve(app);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
    const res = await fetch(`${server.url}/ping`);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('releases the port on close, even with a keep-alive connection open', async () => {
    const app = new Hono().get('/', (c) => c.text('hi'));
    const running = await serve(app);
    const res = await fetch(running.url, { headers: { connection: 'keep-alive' } });
    expect(await res.text()).toBe('hi');
    const started = Date.now();
    await running.close();
    expect(Date.now() - started).toBeLessThan(1000);
    await expect(bind(running.port)).resolves.toBeUndefined();
    await expect(fetch(running.url)).rejects.toThrow();
  });

  it('binds a requested port and fails clearly when it is taken', async () => {
    const first = await serve(new Hono());
    server = first;
    await expect(serve(new Hono(), { port: first.port })).rejects.toThrow(/EADDRINUSE/);
  });

  it('tolerates close() being called twice', async () => {
    const running = await serve(new Hono());
    await Promise.all([running.close(), running.close()]);
    await expect(bind(running.port)).resolves.toBeUndefined();
  });
});
