import { generateKeyHex } from '@tributary/vault';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../testing/harness.js';

const TOKEN = 'metrics-token-0123456789';
let withToken: TestGateway;
let separate: TestGateway;
let production: TestGateway;

beforeAll(async () => {
  [withToken, separate, production] = await Promise.all([
    startTestGateway({ env: { TRIBUTARY_METRICS_TOKEN: TOKEN } }),
    startTestGateway({ env: { TRIBUTARY_METRICS_LISTEN: '127.0.0.1:0' } }),
    startTestGateway({ env: { NODE_ENV: 'production', CONNECTOR_ENCRYPTION_KEY: generateKeyHex() } }),
  ]);
});
afterAll(() => Promise.all([withToken, separate, production].map((g) => g?.close())));

describe('/metrics protection', () => {
  it('requires the bearer token when TRIBUTARY_METRICS_TOKEN is set', async () => {
    expect((await withToken.anonymous.fetch('/metrics')).status).toBe(401);
    expect((await withToken.anonymous.fetch('/metrics', { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
    const ok = await withToken.anonymous.fetch('/metrics', { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toMatch(/^tributary_http_requests_total/m);
  });

  it('moves to its own address with TRIBUTARY_METRICS_LISTEN, and leaves the public port', async () => {
    expect((await separate.anonymous.fetch('/metrics')).status).toBe(404);
    const url = separate.gateway.metricsUrl ?? '';
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    expect(new URL(url).port).not.toBe(new URL(separate.url).port);
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/^tributary_gateway_process_cpu_seconds_total/m);
    expect((await fetch(new URL('/graphql', url))).status).toBe(404);
  });

  it('is not served in production unless one of them is configured', async () => {
    expect((await production.anonymous.fetch('/metrics')).status).toBe(404);
  });
});
