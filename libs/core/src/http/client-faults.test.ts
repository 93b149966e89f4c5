import { afterEach, describe, expect, it } from 'vitest';
import { TransientError } from '../errors/errors.js';
import { httpHarness, rejection } from '../testing/http-harness.js';

const harness = httpHarness();
const { setup } = harness;
afterEach(harness.closeAll);

describe('createHttpClient: connection faults', () => {
  it('retries a reset connection and succeeds', async () => {
    const { server, http } = await setup(['reset', { body: { ok: true } }]);
    expect((await http.request({ path: '/items' })).data).toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
  });

  it('reports a connection that keeps resetting as a transient network error', async () => {
    const { server, http } = await setup(['reset']);
    const error = await rejection(http.request({ path: '/items' }));
    expect(error).toBeInstanceOf(TransientError);
    expect(error.message).toMatch(/^GET http:\/\/127\.0\.0\.1:\d+\/api\/items: network error \(.+\)$/);
    expect(server.requests).toHaveLength(3);
  });

  it('reports a refused connection as a transient network error', async () => {
    const { server, http } = await setup([{ body: {} }], { retries: 1 });
    await harness.closeAll();
    const error = await rejection(http.request({ path: `${server.url}/items` }));
    expect(error.kind).toBe('transient');
    expect(error.message).toContain('ECONNREFUSED');
  });
});

describe('createHttpClient: timeouts', () => {
  it('times out each attempt, retries, and reports the timeout', async () => {
    const { server, http } = await setup(['hang'], { timeoutMs: 50, retries: 1 });
    const error = await rejection(http.request({ path: '/slow' }));
    expect(error).toBeInstanceOf(TransientError);
    expect(error.message).toMatch(/\/api\/slow: timed out after 50 ms$/);
    expect(server.requests).toHaveLength(2);
  });

  it('recovers when a later attempt answers in time', async () => {
    const { server, http } = await setup(['hang', { body: { ok: true } }], { timeoutMs: 200 });
    expect((await http.request({ path: '/slow' })).data).toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
  });

  it('times out a body that stops arriving after the headers', { timeout: 5000 }, async () => {
    // Generous enough for the headers to arrive in time even on a loaded machine: only the body stalls.
    const { server, http } = await setup(['stall-body'], { timeoutMs: 200, retries: 1 });
    const error = await rejection(http.request({ path: '/stall' }));
    expect(error).toBeInstanceOf(TransientError);
    expect(error.message).toMatch(/unreadable response body \(body not received within 200 ms\)$/);
    expect(server.requests).toHaveLength(2);
  });

  it('stops at once when the caller aborts', async () => {
    const { http } = await setup(['hang'], { timeoutMs: 10_000 });
    const controller = new AbortController();
    const pending = http.request({ path: '/slow', signal: controller.signal });
    setTimeout(() => controller.abort(new Error('sync cancelled')), 20);
    await expect(pending).rejects.toThrow('sync cancelled');
  });
});

describe('createHttpClient: unreadable bodies', () => {
  it('retries a truncated JSON body and succeeds', async () => {
    const { server, http } = await setup([
      { body: '{"data": [1, 2', headers: { 'content-type': 'application/json' } },
      { body: { data: [1, 2] } },
    ]);
    expect((await http.request({ path: '/items' })).data).toEqual({ data: [1, 2] });
    expect(server.requests).toHaveLength(2);
  });

  it('reports a body that stays unreadable as a TransientError after the retries', async () => {
    const { server, http } = await setup([{ body: '{"data": [1, 2', headers: { 'content-type': 'application/json' } }]);
    const error = await rejection(http.request({ path: '/items' }));
    expect(error).toBeInstanceOf(TransientError);
    expect(error.message).toMatch(/\/api\/items: unreadable response body \(.+\)$/);
    expect(server.requests).toHaveLength(3);
  });

  it('does not resend a non-idempotent POST whose answer was unreadable', async () => {
    const { server, http } = await setup([{ body: '{"id": ', headers: { 'content-type': 'application/json' } }]);
    expect((await rejection(http.request({ method: 'POST', path: '/charges', form: { amount: 100 } }))).kind).toBe('transient');
    expect(server.requests).toHaveLength(1);
    await rejection(http.request({ method: 'POST', path: '/search', json: {}, idempotent: true }));
    expect(server.requests).toHaveLength(4);
  });
});
