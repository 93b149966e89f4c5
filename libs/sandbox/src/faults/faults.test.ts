import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serve, type RunningServer } from '../server/serve.js';
import { createFaults, type FaultInjector } from './faults.js';

describe('fault injection over real HTTP', () => {
  let faults: FaultInjector;
  let server: RunningServer;

  beforeEach(async () => {
    faults = createFaults({ statusBody: (status) => ({ error: { type: 'vendor_error', status } }) });
    const app = new Hono();
    app.use('*', faults.middleware());
    app.get('/v1/items', (c) => c.json({ object: 'list', data: [{ id: 'a' }, { id: 'b' }] }));
    app.post('/v1/items', (c) => c.json({ created: true }));
    server = await serve(app);
  });
  afterEach(() => server.close());

  const get = (path = '/v1/items', init?: RequestInit) => fetch(`${server.url}${path}`, init);

  it('answers 429 with the vendor body and a Retry-After header, once by default', async () => {
    faults.add({ path: '/v1/items' }, { kind: 'status', status: 429, headers: { 'Retry-After': '2' } });
    const limited = await get();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect(await limited.json()).toEqual({ error: { type: 'vendor_error', status: 429 } });
    expect((await get()).status).toBe(200);
  });

  it('uses an explicit body over the vendor default', async () => {
    faults.add({ path: '/v1/items' }, { kind: 'status', status: 401, body: { error: 'expired_token' } });
    const res = await get();
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'expired_token' });
  });

  it('resets the connection so fetch rejects', async () => {
    faults.add({ path: '/v1/items' }, { kind: 'reset' });
    await expect(get()).rejects.toThrow(TypeError);
    expect((await get()).status).toBe(200);
  });

  it('sends truncated JSON with a JSON content type', async () => {
    faults.add({ path: '/v1/items' }, { kind: 'malformed_json' });
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    const text = await res.text();
    expect(text.startsWith('{"object":"list"')).toBe(true);
    expect(() => JSON.parse(text)).toThrow(SyntaxError);
  });

  it('hangs until the client gives up, without keeping the server open', async () => {
    faults.add({ path: '/v1/items' }, { kind: 'hang' });
    await expect(get('/v1/items', { signal: AbortSignal.timeout(200) })).rejects.toThrow(/aborted|timeout/i);
    expect((await get()).status).toBe(200);
    faults.add({ path: '/v1/items' }, { kind: 'hang' });
    const stuck = get().catch((error: unknown) => error);
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await stuck).toBeInstanceOf(TypeError);
  });

  it('delays, then answers normally', async () => {
    faults.add({ path: '/v1/items' }, { kind: 'delay', ms: 150 });
    const started = Date.now();
    const res = await get();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(await res.json()).toMatchObject({ object: 'list' });
  });

  it('honours after and times', async () => {
    faults.add({ path: '/v1/items' }, { kind: 'status', status: 503 }, { after: 2, times: 2 });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await get()).status);
    expect(statuses).toEqual([200, 200, 503, 503, 200, 200]);
    expect(faults.rules()[0]).toMatchObject({ seen: 4, fired: 2 });
    expect(faults.fired()).toHaveLength(2);
  });

  it('matches on method and RegExp paths, and clear() removes every fault', async () => {
    faults.add({ method: 'post', path: /^\/v1\// }, { kind: 'status', status: 500 }, { times: Infinity });
    expect((await get()).status).toBe(200);
    expect((await get('/v1/items', { method: 'POST' })).status).toBe(500);
    expect((await get('/v1/items', { method: 'POST' })).status).toBe(500);
    faults.clear();
    expect((await get('/v1/items', { method: 'POST' })).status).toBe(200);
  });

  it('releases hanging requests on clear()', async () => {
    faults.add({ path: '/v1/items' }, { kind: 'hang' });
    const stuck = get();
    await new Promise((r) => setTimeout(r, 50));
    faults.clear();
    expect((await stuck).status).toBe(503);
  });
});

describe('fault configuration', () => {
  it('rejects invalid counters', () => {
    const faults = createFaults();
    expect(() => faults.add({ path: '/' }, { kind: 'hang' }, { times: 0 })).toThrow(RangeError);
    expect(() => faults.add({ path: '/' }, { kind: 'hang' }, { after: -1 })).toThrow(RangeError);
  });

  it('works in-process for status faults and explains that reset needs a server', async () => {
    const faults = createFaults();
    const app = new Hono();
    app.use('*', faults.middleware());
    app.get('/', (c) => c.text('ok'));
    faults.add({ path: '/' }, { kind: 'status', status: 502 });
    const res = await app.request('/');
    expect(res.status).toBe(502);
    expect(await res.json()).toEqual({ error: { status: 502, message: 'Simulated 502' } });
    faults.add({ path: '/' }, { kind: 'reset' });
    expect((await app.request('/')).status).toBe(500);
    faults.remove(faults.add({ path: '/' }, { kind: 'status', status: 500 }));
    expect((await app.request('/')).status).toBe(200);
  });
});
