import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createRequestLog } from './request-log.js';

function app() {
  const log = createRequestLog();
  const hono = new Hono();
  hono.use('*', log.middleware());
  hono.get('/v1/items', (c) => c.json({ ok: true }));
  hono.post('/v1/items', async (c) => c.json({ echoed: await c.req.json<unknown>() }));
  hono.post('/oauth/token', async (c) => c.json({ form: Object.fromEntries(await c.req.formData()) }));
  return { log, hono };
}

describe('createRequestLog', () => {
  it('records method, path, repeated query params and lowercased headers', async () => {
    const { log, hono } = app();
    await hono.request('/v1/items?expand[]=a&expand[]=b&limit=3', { headers: { 'X-Custom': 'yes', Authorization: 'Bearer t' } });
    expect(log.last()).toMatchObject({
      method: 'GET',
      path: '/v1/items',
      query: { 'expand[]': ['a', 'b'], limit: ['3'] },
      headers: { 'x-custom': 'yes', authorization: 'Bearer t' },
      body: undefined,
    });
  });

  it('parses JSON and form bodies without consuming them for the route', async () => {
    const { log, hono } = app();
    const json = await hono.request('/v1/items', {
      method: 'POST',
      body: JSON.stringify({ a: 1 }),
      headers: { 'content-type': 'application/json' },
    });
    expect(await json.json()).toEqual({ echoed: { a: 1 } });
    const form = await hono.request('/oauth/token', {
      method: 'POST',
      body: 'grant_type=refresh_token&scope=a&scope=b',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(await form.json()).toEqual({ form: { grant_type: 'refresh_token', scope: 'b' } });
    expect(log.all.map((r) => r.body)).toEqual([{ a: 1 }, { grant_type: ['refresh_token'], scope: ['a', 'b'] }]);
  });

  it('filters, counts and clears', async () => {
    const { log, hono } = app();
    await hono.request('/v1/items');
    await hono.request('/v1/items', { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    await hono.request('/missing');
    expect(log.count()).toBe(3);
    expect(log.count({ method: 'get' })).toBe(2);
    expect(log.filter({ path: /^\/v1\// }).map((r) => r.method)).toEqual(['GET', 'POST']);
    log.clear();
    expect(log.all).toEqual([]);
  });
});
