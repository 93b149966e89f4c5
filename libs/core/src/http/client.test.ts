import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AuthExpiredError, AuthRevokedError, RateLimitedError, VendorError } from '../errors/errors.js';
import { httpHarness, rejection } from '../testing/http-harness.js';

const harness = httpHarness();
const { setup } = harness;
afterEach(harness.closeAll);

describe('createHttpClient: responses', () => {
  it('parses a JSON body and validates it with the schema', async () => {
    const { server, http } = await setup([{ body: { data: [{ id: 'a', amount: '12' }] } }]);
    const schema = z.object({ data: z.array(z.object({ id: z.string(), amount: z.coerce.number() })) });
    const response = await http.request({ path: '/items', query: { limit: 10 } }, schema);
    expect(response.status).toBe(200);
    expect(response.data).toEqual({ data: [{ id: 'a', amount: 12 }] });
    expect(response.url).toBe(`${server.url}/api/items?limit=10`);
    expect(server.requests[0]?.method).toBe('GET');
    expect(server.requests[0]?.headers['accept']).toBe('application/json');
  });

  it('fails a response of the wrong shape as a non-retried VendorError', async () => {
    const { server, http } = await setup([{ body: { data: 'nope' } }]);
    const error = await rejection(http.request({ path: '/items' }, z.object({ data: z.array(z.unknown()) })));
    expect(error).toBeInstanceOf(VendorError);
    expect(error.vendorCode).toBe('unexpected_response');
    expect(error.message).toMatch(/unexpected response shape \(data: /);
    expect(server.requests).toHaveLength(1);
  });

  it('returns text bodies as text and empty bodies as undefined', async () => {
    const { http } = await setup((req) => (req.url.endsWith('/text') ? { body: 'plain words' } : { status: 204 }));
    expect((await http.request({ path: '/text' })).data).toBe('plain words');
    expect((await http.request({ path: '/empty', method: 'DELETE' })).data).toBeUndefined();
  });

  it('sends JSON bodies', async () => {
    const { server, http } = await setup([{ body: { id: 'x' } }]);
    await http.request({ method: 'POST', path: '/items', json: { name: 'Acme', tags: ['a'] } });
    const [request] = server.requests;
    expect(request?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request?.body ?? '')).toEqual({ name: 'Acme', tags: ['a'] });
  });

  it('sends form bodies, dropping undefined fields', async () => {
    const { server, http } = await setup([{ body: { id: 'x' } }]);
    await http.request({ method: 'POST', path: '/tokens', form: { grant_type: 'refresh_token', limit: 5, live: false, skip: undefined } });
    const [request] = server.requests;
    expect(request?.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(Object.fromEntries(new URLSearchParams(request?.body))).toEqual({ grant_type: 'refresh_token', limit: '5', live: 'false' });
  });

  it('merges the default query and headers into every request, letting the request win', async () => {
    const { server, http } = await setup([{ body: {} }], {
      query: { api_version: '2', locale: 'en' },
      headers: { 'X-Client': 'tributary' },
    });
    await http.request({ path: '/items', query: { locale: 'fr', page: 3 }, headers: { 'X-Request': 'r1' } });
    const [request] = server.requests;
    const url = new URL(request?.url ?? '', server.url);
    expect(Object.fromEntries(url.searchParams)).toEqual({ api_version: '2', locale: 'fr', page: '3' });
    expect(request?.headers['x-client']).toBe('tributary');
    expect(request?.headers['x-request']).toBe('r1');
  });

  it('follows an absolute URL as given', async () => {
    const { server, http } = await setup([{ body: {} }]);
    await http.request({ path: `${server.url}/elsewhere?page=2` });
    expect(server.requests[0]?.url).toBe('/elsewhere?page=2');
  });
});

describe('createHttpClient: rate-limit headers', () => {
  const rateLimitHeaders = { limitHeader: 'x-ratelimit-limit', remainingHeader: 'x-ratelimit-remaining', resetHeader: 'x-ratelimit-reset' };

  it('records the declared headers from successes and failures', async () => {
    const { http } = await setup(
      [
        { body: {}, headers: { 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '99', 'x-ratelimit-reset': '2024-01-01T00:00:00Z' } },
        { status: 400, body: {}, headers: { 'x-ratelimit-remaining': '98' } },
      ],
      { rateLimitHeaders },
    );
    expect(http.rateLimit).toBeUndefined();
    await http.request({ path: '/a' });
    expect(http.rateLimit).toMatchObject({ limit: 100, remaining: 99, reset: '2024-01-01T00:00:00Z' });
    expect(http.rateLimit?.observedAt).toBeInstanceOf(Date);
    await rejection(http.request({ path: '/b' }));
    expect(http.rateLimit).toMatchObject({ remaining: 98 });
    expect(http.rateLimit?.limit).toBeUndefined();
  });

  it('ignores responses without them, and clients that declared none', async () => {
    const { http } = await setup([{ body: {}, headers: { 'x-ratelimit-remaining': 'lots' } }], { rateLimitHeaders });
    await http.request({ path: '/a' });
    expect(http.rateLimit).toBeUndefined();
    const plain = await setup([{ body: {}, headers: { 'x-ratelimit-remaining': '5' } }]);
    await plain.http.request({ path: '/a' });
    expect(plain.http.rateLimit).toBeUndefined();
  });
});

describe('createHttpClient: final statuses', () => {
  it('401 -> auth_expired, not retried', async () => {
    const { server, http } = await setup([{ status: 401, body: { error: 'expired' } }]);
    const error = await rejection(http.request({ path: '/me' }));
    expect(error).toBeInstanceOf(AuthExpiredError);
    expect(error).toMatchObject({ kind: 'auth_expired', status: 401, retryable: false });
    expect(server.requests).toHaveLength(1);
  });

  it('403 -> auth_revoked, not retried', async () => {
    const { server, http } = await setup([{ status: 403 }]);
    const error = await rejection(http.request({ path: '/me' }));
    expect(error).toBeInstanceOf(AuthRevokedError);
    expect(server.requests).toHaveLength(1);
  });

  it('400 -> vendor with the status and the method and URL in the message', async () => {
    const { server, http } = await setup([{ status: 400, body: { error: 'bad param' } }]);
    const error = await rejection(http.request({ path: '/items', query: { limit: 1 } }));
    expect(error).toMatchObject({ kind: 'vendor', status: 400, retryable: false });
    expect(error.message).toBe(`GET ${server.url}/api/items?limit=1: 400`);
    expect(server.requests).toHaveLength(1);
  });

  it('lets a classify hook win, with the parsed body, the text and the status', async () => {
    const { server, http } = await setup([{ status: 400, body: { error: { code: 'rate_limit', type: 'invalid_request_error' } } }], {
      classify: (r) => {
        const body = z.object({ error: z.object({ code: z.string() }) }).safeParse(r.body);
        if (!body.success || body.data.error.code !== 'rate_limit') return undefined;
        return new RateLimitedError(`${r.label}: ${r.text}`, 1500, { status: r.status, vendorCode: body.data.error.code });
      },
    });
    const error = await rejection(http.request({ path: '/items' }));
    expect(error).toBeInstanceOf(RateLimitedError);
    expect(error).toMatchObject({ retryAfterMs: 1500, status: 400, vendorCode: 'rate_limit' });
    expect(error.message).toMatch(new RegExp(`^GET ${server.url}/api/items: \\{"error":\\{.*"type":"invalid_request_error"\\}\\}$`));
    expect(server.requests).toHaveLength(1);
  });

  it('falls back to the status when the classify hook has no opinion', async () => {
    const { http } = await setup([{ status: 404, body: 'not json' }], { classify: () => undefined });
    expect(await rejection(http.request({ path: '/items' }))).toMatchObject({ kind: 'vendor', status: 404 });
  });
});
