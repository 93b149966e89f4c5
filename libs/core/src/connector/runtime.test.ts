import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, VendorError } from '../errors/errors.js';
import { startScriptedServer, type ScriptedServer } from '../testing/scripted-server.js';
import { sampleDefinition } from '../testing/sample-connector.js';
import { defineConnector } from './define.js';
import { ApiKeyAuthSpec, OAuth2AuthSpec } from './manifest.js';
import { authPlacement, createConnectionClient, createConnectorContext } from './runtime.js';

const apiKey = (input: Omit<Partial<ApiKeyAuthSpec>, 'type'> = {}) => ApiKeyAuthSpec.parse({ type: 'api_key', ...input });
const oauth = OAuth2AuthSpec.parse({ type: 'oauth2', authorizeUrl: 'https://acme.test/a', tokenUrl: 'https://acme.test/t' });

describe('authPlacement', () => {
  it('puts an API key in a header with the declared name and prefix', () => {
    expect(authPlacement(apiKey(), { apiKey: 'k1' })).toEqual({ headers: { Authorization: 'Bearer k1' }, query: {} });
    expect(authPlacement(apiKey({ name: 'X-Api-Key', prefix: '' }), { apiKey: 'k1' })).toEqual({
      headers: { 'X-Api-Key': 'k1' },
      query: {},
    });
  });

  it('sends basic auth as base64 of key and an empty password', () => {
    const { headers } = authPlacement(apiKey({ placement: 'basic' }), { apiKey: 'sk_test_1' });
    expect(headers['Authorization']).toBe(`Basic ${Buffer.from('sk_test_1:').toString('base64')}`);
  });

  it('puts the key in the query under the declared name', () => {
    expect(authPlacement(apiKey({ placement: 'query', name: 'hapikey' }), { apiKey: 'k1' })).toEqual({
      headers: {},
      query: { hapikey: 'k1' },
    });
  });

  it('reads the first declared credential field', () => {
    const auth = apiKey({ prefix: 'Token ', fields: [{ name: 'token', label: 'Personal token', secret: true, required: true }] });
    expect(authPlacement(auth, { token: 't1', apiKey: 'ignored' }).headers).toEqual({ Authorization: 'Token t1' });
  });

  it('sends an OAuth access token as a bearer token', () => {
    expect(authPlacement(oauth, { accessToken: 'at-1', refreshToken: 'rt-1' })).toEqual({
      headers: { Authorization: 'Bearer at-1' },
      query: {},
    });
  });

  it('throws a ConfigError naming the missing credential', () => {
    const auth = apiKey({ fields: [{ name: 'token', label: 'Personal token', secret: true, required: true }] });
    expect(() => authPlacement(auth, {})).toThrow(ConfigError);
    expect(() => authPlacement(auth, { token: '' })).toThrow('No Personal token is stored for this connector');
    expect(() => authPlacement(apiKey(), null)).toThrow('No API key is stored');
    expect(() => authPlacement(apiKey(), { apiKey: 42 })).toThrow(ConfigError);
    expect(() => authPlacement(oauth, { refreshToken: 'rt' })).toThrow('No OAuth access token is stored for this connector');
    expect(() => authPlacement(oauth, 'at-1')).toThrow(ConfigError);
  });
});

describe('createConnectionClient', () => {
  let server: ScriptedServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('sends the credential and the manifest headers to the overridden base URL', async () => {
    server = await startScriptedServer([{ body: { ok: true } }]);
    const connector = defineConnector(sampleDefinition());
    const http = createConnectionClient(connector, { apiKey: 'sk_test_abc123' }, { baseUrl: `${server.url}/v1` });
    const response = await http.request({ path: '/contacts' });
    expect(response.data).toEqual({ ok: true });
    const [request] = server.requests;
    expect(request?.url).toBe('/v1/contacts');
    expect(request?.headers['authorization']).toBe('Bearer sk_test_abc123');
    expect(request?.headers['acme-version']).toBe('2024-01-01');
  });

  it('places a query credential on every request and uses the per-login base URL', async () => {
    server = await startScriptedServer([{ body: { ok: true } }]);
    const url = server.url;
    const connector = defineConnector({
      ...sampleDefinition(),
      auth: { type: 'api_key', placement: 'query', name: 'api_key' },
      baseUrl: () => url,
    });
    const http = createConnectionClient(connector, { apiKey: 'key-123' });
    await http.request({ path: '/contacts', query: { limit: 5 } });
    const sent = new URL(server.requests[0]?.url ?? '', url);
    expect(sent.searchParams.get('api_key')).toBe('key-123');
    expect(sent.searchParams.get('limit')).toBe('5');
    expect(server.requests[0]?.headers['authorization']).toBeUndefined();
  });

  it('adds the headers the connector derives from the credentials, which cannot replace the declared credential', async () => {
    server = await startScriptedServer([{ body: { ok: true } }]);
    const connector = defineConnector({
      ...sampleDefinition(),
      auth: { type: 'api_key', placement: 'header', name: 'X-Api-Key', prefix: '' },
      headers: (credentials: { apiKey: string; apiSecret?: string }) => ({
        ...(credentials.apiSecret ? { 'X-Api-Secret': credentials.apiSecret } : {}),
        'X-Api-Key': 'not-this-one',
      }),
    });
    const http = createConnectionClient(connector, { apiKey: 'key-1', apiSecret: 'secret-1' }, { baseUrl: server.url });
    await http.request({ path: '/contacts' });
    expect(server.requests[0]?.headers['x-api-secret']).toBe('secret-1');
    expect(server.requests[0]?.headers['x-api-key']).toBe('key-1');
  });

  it('wires the connector error classifier, retry timing overrides and secrets', async () => {
    server = await startScriptedServer([{ status: 409, body: { error: { code: 'lock_timeout', message: 'busy for sk_test_abc123' } } }]);
    const connector = defineConnector({
      ...sampleDefinition(),
      classifyError: (r) => new VendorError(`${r.label}: ${r.text}`, { status: r.status, vendorCode: 'lock_timeout', retryable: true }),
      retryHint: (r) => (r.status === 409 ? false : undefined),
    });
    const http = createConnectionClient(
      connector,
      { apiKey: 'sk_test_abc123' },
      { baseUrl: server.url, http: { retries: 2, retryBaseMs: 1 } },
    );
    const error = await http.request({ path: '/contacts' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(VendorError);
    expect(error).toMatchObject({ vendorCode: 'lock_timeout', status: 409, retryable: true });
    expect((error as Error).message).not.toContain('sk_test_abc123');
    expect(server.requests).toHaveLength(1);
    expect(http.redact('key sk_test_abc123')).not.toContain('abc123');
  });

  it('uses the connector secretsOf for redaction when it declares one', () => {
    const connector = defineConnector({ ...sampleDefinition(), secretsOf: () => ['short1'] });
    expect(createConnectionClient(connector, { apiKey: 'k' }).redact('short1 and k')).toBe('[REDACTED] and k');
  });

  it('refuses to build a client without a credential', () => {
    expect(() => createConnectionClient(defineConnector(sampleDefinition()), {})).toThrow(ConfigError);
  });
});

describe('createConnectorContext', () => {
  it('builds a context with a client, the settings and a clock', () => {
    const connector = defineConnector(sampleDefinition());
    const now = new Date('2024-01-01T00:00:00Z');
    const signal = new AbortController().signal;
    const ctx = createConnectorContext(connector, { apiKey: 'k' }, { accountId: 'a1' }, { now: () => now, signal });
    expect(ctx.settings).toEqual({ accountId: 'a1' });
    expect(ctx.now()).toBe(now);
    expect(ctx.signal).toBe(signal);
    expect(ctx.http.baseUrl).toBe('https://api.acme.test');
    expect(createConnectorContext(connector, { apiKey: 'k' }, {}).now()).toBeInstanceOf(Date);
  });
});
