import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { checkGateway, gatewayWarning } from './gateway-check.js';

/** A local HTTP server answering every request with `status` and `body`. */
async function answering(status: number, body: unknown): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('checkGateway', () => {
  const servers: Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
  });

  it('is ok when a Tributary gateway answers /healthz', async () => {
    const { url, server } = await answering(200, { status: 'ok' });
    servers.push(server);
    expect(await checkGateway(url)).toEqual({ ok: true });
  });

  it('names what answered instead: an error status, or something that is not the gateway', async () => {
    const down = await answering(503, { status: 'unavailable' });
    const other = await answering(200, { hello: 'world' });
    servers.push(down.server, other.server);
    expect(await checkGateway(down.url)).toEqual({ ok: false, reason: `GET ${down.url}/healthz answered 503` });
    expect(await checkGateway(other.url)).toEqual({
      ok: false,
      reason: `GET ${other.url}/healthz answered, but not as a Tributary gateway`,
    });
  });

  it('says ECONNREFUSED when nothing listens, and the warning says what to set', async () => {
    const { url, server } = await answering(200, { status: 'ok' });
    await new Promise((resolve) => server.close(resolve));
    const check = await checkGateway(url);
    expect(check).toEqual({ ok: false, reason: `GET ${url}/healthz failed: ECONNREFUSED` });
    const warning = gatewayWarning(url, check.ok ? '' : check.reason);
    expect(warning).toContain(`${url}/sandbox/<type>`);
    expect(warning).toMatch(/set GATEWAY_URL \(or PUBLIC_URL\)/);
  });
});
