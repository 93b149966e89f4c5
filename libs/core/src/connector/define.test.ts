import { describe, expect, it } from 'vitest';
import { sampleDefinition } from '../testing/sample-connector.js';
import { defineConnector, manifestOf } from './define.js';
import type { ConnectorManifestInput } from './manifest.js';
import { createConnectorContext } from './runtime.js';

const define = (overrides: Partial<ConnectorManifestInput> = {}) => defineConnector({ ...sampleDefinition(), ...overrides });

describe('defineConnector', () => {
  it('returns a frozen connector with manifest defaults applied and the code kept', async () => {
    const connector = define();
    expect(Object.isFrozen(connector)).toBe(true);
    expect(connector.accountSelection).toBe(false);
    expect(connector.auth).toEqual({
      type: 'api_key',
      placement: 'header',
      name: 'Authorization',
      prefix: 'Bearer ',
      fields: [{ name: 'apiKey', label: 'API key', secret: true, required: true }],
    });
    expect(connector.streams).toEqual([
      { name: 'contacts', entity: 'person', description: 'Contacts', primaryKey: 'id', incremental: true },
    ]);
    expect(connector.http).toEqual({
      baseUrl: 'https://api.acme.test',
      headers: { 'Acme-Version': '2024-01-01' },
      timeoutMs: 30_000,
      retries: 4,
      maxInlineRetryAfterMs: 60_000,
    });
    const ctx = createConnectorContext(connector, { apiKey: 'k' }, {});
    expect(await connector.authenticate({ apiKey: 'k' }, ctx)).toEqual({ credentials: { apiKey: 'k' } });
    expect(connector.getSchema()).toHaveLength(2);
  });

  it('applies the OAuth defaults', () => {
    const connector = define({
      auth: { type: 'oauth2', authorizeUrl: 'https://acme.test/authorize', tokenUrl: 'https://acme.test/token' },
    });
    expect(connector.auth).toMatchObject({
      type: 'oauth2',
      scopes: [],
      scopeSeparator: ' ',
      pkce: true,
      tokenAuthMethod: 'client_secret_post',
      tokenResponse: { noExpiry: false, noRefreshToken: false },
    });
  });

  it.each<[string, Partial<ConnectorManifestInput>, RegExp]>([
    ['id', { id: 'Acme CRM' }, /Invalid connector manifest "Acme CRM".*kebab-case/s],
    ['id too short', { id: 'a' }, /kebab-case/],
    ['version', { version: '1.0' }, /version must be semver/],
    ['category', { category: 'erp' as 'crm' }, /category/],
    ['schedule', { defaultSchedule: '@daily' }, /defaultSchedule/],
    ['auth', { auth: { type: 'password' } as unknown as ConnectorManifestInput['auth'] }, /auth/],
    ['oauth urls', { auth: { type: 'oauth2', authorizeUrl: 'not a url', tokenUrl: 'https://acme.test/token' } }, /authorizeUrl/],
    ['streams', { streams: [] }, /streams/],
    ['stream entity', { streams: [{ name: 'contacts', entity: 'lead' as 'person', description: 'x' }] }, /entity/],
    ['base url', { http: { baseUrl: 'api.acme.test' } }, /baseUrl/],
    ['retries', { http: { baseUrl: 'https://api.acme.test', retries: 11 } }, /retries/],
  ])('rejects an invalid %s with a readable message', (_name, overrides, message) => {
    expect(() => define(overrides)).toThrow(message);
  });

  it('rejects default mappings onto unknown fields or streams', () => {
    const base = sampleDefinition();
    expect(() => defineConnector({ ...base, getSchema: () => [{ stream: 'contacts', source: 'x', target: 'amount' }] })).toThrow(
      'Invalid default mappings in "acme": #0 "amount" is not a field of person',
    );
    expect(() =>
      defineConnector({
        ...base,
        getSchema: () => [
          { stream: 'contacts', source: 'id', target: 'externalId' },
          { stream: 'deals', source: 'id', target: 'externalId' },
        ],
      }),
    ).toThrow('#1 Unknown stream "deals"');
  });
});

describe('manifestOf', () => {
  it('returns only the data half of a connector', () => {
    const manifest = manifestOf(define());
    expect(manifest).toMatchObject({ id: 'acme', name: 'Acme', version: '1.0.0', category: 'crm', accountSelection: false });
    expect(Object.keys(manifest).sort()).toEqual(
      ['accountSelection', 'auth', 'category', 'defaultSchedule', 'description', 'http', 'id', 'name', 'streams', 'version'].sort(),
    );
    expect(JSON.parse(JSON.stringify(manifest))).toEqual(manifest);
  });
});
