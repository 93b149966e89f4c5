import { describe, expect, it } from 'vitest';
import { createVendorClock } from './clock.js';
import { requireCredential } from './credentials.js';
import { mountList } from './list-route.js';
import { nextUrl, pageOf, PagingError, type PagingSpec } from './paging.js';
import { createVendorApp } from './vendor-app.js';

const records = Array.from({ length: 25 }, (_, i) => ({ id: `r${i}` }));
const error = (status: number, message: string) => ({
  status: 'error',
  message,
  category: status === 401 ? 'INVALID_AUTHENTICATION' : 'VALIDATION_ERROR',
});

function vendor(paging: PagingSpec) {
  const v = createVendorApp({ faults: { statusBody: (s) => error(s, 'injected') } });
  v.app.use(
    '*',
    requireCredential({ bearer: true }, (t) => t === 'good', {
      missing: (c) => c.json(error(401, 'Authentication credentials not found'), 401),
      invalid: (c) => c.json(error(401, 'The access token is invalid'), 401),
    }),
  );
  mountList(v.app, {
    path: '/items',
    paging,
    records: () => records,
    envelope: (page, c) => ({ results: page.items, next: paging.style === 'next_url' ? nextUrl(c.req.url, paging, page.next) : page.next }),
    badRequest: (c, e) => c.json(error(400, e.message), 400),
  });
  return v;
}
const get = (v: ReturnType<typeof vendor>, path: string, token = 'good') =>
  v.app.request(`http://vendor.test${path}`, { headers: { authorization: `Bearer ${token}` } });

describe('the sandbox kit', () => {
  it('pages a list with an opaque cursor, refuses a bad one and a page size over the maximum, in the vendor error shape', async () => {
    const v = vendor({ style: 'cursor', cursorParam: 'after', limitParam: 'limit', defaultLimit: 10, maxLimit: 20 });
    const seen: string[] = [];
    for (let path = '/items?limit=7'; ;) {
      const body = (await (await get(v, path)).json()) as { results: { id: string }[]; next: string | null };
      seen.push(...body.results.map((r) => r.id));
      if (!body.next) break;
      path = `/items?limit=7&after=${body.next}`;
    }
    expect(seen).toEqual(records.map((r) => r.id));
    expect((await get(v, '/items?after=zzz')).status).toBe(400);
    expect(await (await get(v, '/items?limit=21')).json()).toMatchObject({ message: 'limit must be at most 20' });
  });

  it('pages by offset, and by next links that carry the query', async () => {
    const offset = vendor({ style: 'offset', cursorParam: 'offset', limitParam: 'limit', defaultLimit: 10, maxLimit: 100 });
    expect(await (await get(offset, '/items?offset=20')).json()).toMatchObject({ results: records.slice(20), next: null });
    const links = vendor({ style: 'next_url', cursorParam: '$skiptoken', defaultLimit: 10, maxLimit: 10 });
    const first = (await (await get(links, '/items?$select=id')).json()) as { next: string };
    expect(first.next).toMatch(/^http:\/\/vendor\.test\/items\?%24select=id&%24skiptoken=/);
    expect(
      ((await (await get(links, first.next.replace('http://vendor.test', ''))).json()) as { results: unknown[] }).results,
    ).toHaveLength(10);
  });

  it("answers a missing or rejected credential with the vendor's 401", async () => {
    const v = vendor({ style: 'offset', cursorParam: 'offset', defaultLimit: 10, maxLimit: 10 });
    expect((await v.app.request('http://vendor.test/items')).status).toBe(401);
    expect(await (await get(v, '/items', 'bad')).json()).toMatchObject({ message: 'The access token is invalid' });
  });

  it("limits each caller with a token bucket, answering with the vendor's 429 and rate-limit headers", async () => {
    const v = vendor({ style: 'offset', cursorParam: 'offset', defaultLimit: 10, maxLimit: 10 });
    v.setConditions({
      perSecond: 0.5,
      burst: 2,
      headers: (s) => ({ 'X-RateLimit-Max': String(s.limit), 'X-RateLimit-Remaining': String(s.remaining) }),
      limited: (s) => ({
        status: 429,
        body: { status: 'error', errorType: 'RATE_LIMIT' },
        headers: { 'Retry-After': String(s.retryAfterSeconds) },
      }),
    });
    const answers = [await get(v, '/items'), await get(v, '/items'), await get(v, '/items')];
    expect(answers.map((r) => r.status)).toEqual([200, 200, 429]);
    expect(answers[0]?.headers.get('x-ratelimit-remaining')).toBe('1');
    expect(answers[2]?.headers.get('retry-after')).toBe('2');
    expect(await answers[2]?.json()).toEqual({ status: 'error', errorType: 'RATE_LIMIT' });
    // Another caller has a bucket of its own.
    expect((await get(v, '/items', 'bad')).status).toBe(401);
  });

  it('answers over the limit in plain text when the vendor does', async () => {
    const v = vendor({ style: 'offset', cursorParam: 'offset', defaultLimit: 10, maxLimit: 10 });
    v.setConditions({
      perSecond: 0.5,
      burst: 1,
      limited: () => ({ status: 429, body: 'Too Many Requests', headers: { 'RateLimit-Reset': '2' } }),
    });
    expect((await get(v, '/items')).status).toBe(200);
    const limited = await get(v, '/items');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(limited.headers.get('ratelimit-reset')).toBe('2');
    expect(await limited.text()).toBe('Too Many Requests');
  });

  it('adds latency before answering, and lets injected faults through in the vendor shape', async () => {
    const v = vendor({ style: 'offset', cursorParam: 'offset', defaultLimit: 10, maxLimit: 10 });
    v.setConditions({ latencyMs: 120 });
    const started = Date.now();
    await get(v, '/items');
    expect(Date.now() - started).toBeGreaterThanOrEqual(110);
    v.setConditions({});
    v.faults.add({ path: '/items' }, { kind: 'status', status: 503 });
    expect(await (await get(v, '/items')).json()).toMatchObject({ message: 'injected' });
  });

  it('stamps changes at the vendor precision: unique milliseconds, or shared seconds', () => {
    let t = Date.parse('2026-10-01T00:00:00.400Z');
    const ms = createVendorClock({ now: () => new Date(t) });
    expect([ms.stamp(), ms.stamp()]).toEqual([t, t + 1]);
    const seconds = createVendorClock({ now: () => new Date(t), precisionMs: 1000 });
    const a = seconds.stamp();
    t += 300;
    expect([a, seconds.stamp()]).toEqual([Date.parse('2026-10-01T00:00:00Z'), Date.parse('2026-10-01T00:00:00Z')]);
  });

  it('moves a vendor clock forward on request: now and stamps follow, never backwards', () => {
    const clock = createVendorClock({ now: () => new Date('2026-10-01T00:00:00Z'), precisionMs: 1000 });
    clock.advance(86_400_000);
    expect(clock.now().toISOString()).toBe('2026-10-02T00:00:00.000Z');
    expect(clock.stamp()).toBe(Date.parse('2026-10-02T00:00:00Z'));
    expect(() => clock.advance(-1)).toThrow(RangeError);
  });

  it('gives injected faults and the rate-limit answer the request, so their bodies can name it', async () => {
    const v = createVendorApp({ faults: { statusBody: (s, c) => ({ status: s, id: c.req.header('x-request-id') }) } });
    v.app.get('/items', (c) => c.json({ ok: true }));
    v.faults.add({ path: '/items' }, { kind: 'status', status: 500 });
    const headers = { 'x-request-id': 'r-1', authorization: 'Bearer a' };
    expect(await (await v.app.request('/items', { headers })).json()).toEqual({ status: 500, id: 'r-1' });
    v.setConditions({ perSecond: 1, burst: 1, limited: (_s, c) => ({ status: 429, body: { id: c.req.header('x-request-id') } }) });
    expect((await v.app.request('/items', { headers })).status).toBe(200);
    expect(await (await v.app.request('/items', { headers })).json()).toEqual({ id: 'r-1' });
  });

  it('does not limit requests without a caller (an OAuth host beside the API)', async () => {
    const v = createVendorApp({
      conditions: { perSecond: 1, burst: 1, callerOf: (c) => (c.req.path.startsWith('/api') ? 'app' : undefined) },
    });
    v.app.get('*', (c) => c.json({ ok: true }));
    const statuses: number[] = [];
    for (const path of ['/token', '/token', '/api/x', '/api/x', '/token']) statuses.push((await v.app.request(path)).status);
    expect(statuses).toEqual([200, 200, 200, 429, 200]);
  });

  it('binds a cursor to its scope: one handed back with another query is a paging error', () => {
    const spec: PagingSpec = { style: 'cursor', cursorParam: 'pageToken', defaultLimit: 10, maxLimit: 10 };
    const first = pageOf(records, new URLSearchParams(), spec, 'query a');
    const again = (token: string | null, scope?: string) => pageOf(records, new URLSearchParams({ pageToken: token ?? '' }), spec, scope);
    expect(again(first.next, 'query a').items[0]).toEqual({ id: 'r10' });
    expect(() => again(first.next, 'query c')).toThrow(PagingError);
    expect(() => again(first.next)).toThrow(PagingError);
    expect(() => again(pageOf(records, new URLSearchParams(), spec).next, 'query a')).toThrow(PagingError);
  });
});
