import { describe, expect, it } from 'vitest';
import { REDACTED, isSecretName, redactHeaders, redactText, redactUrl, redactValue, secretValues } from './redact.js';

describe('isSecretName', () => {
  it('recognizes secret-looking names and leaves others', () => {
    for (const name of [
      'Authorization',
      'api_key',
      'apiKey',
      'X-API-Key',
      'client_secret',
      'refresh_token',
      'code_verifier',
      'hapikey',
      'password',
      'sig',
    ]) {
      expect(isSecretName(name), name).toBe(true);
    }
    for (const name of ['limit', 'email', 'starting_after', 'content-type', 'page', 'id']) {
      expect(isSecretName(name), name).toBe(false);
    }
  });
});

describe('redactText', () => {
  it('redacts bearer, basic and token credentials', () => {
    expect(redactText('Authorization: Bearer abc.def-ghi_123')).toBe(`Authorization: Bearer ${REDACTED}`);
    expect(redactText('sent Basic dXNlcjpwYXNz== ok')).toBe(`sent Basic ${REDACTED} ok`);
    expect(redactText('token Token 0123456789abcdef')).toBe(`token Token ${REDACTED}`);
  });

  it('leaves prose after "Token" alone', () => {
    expect(redactText('Token refresh failed: reconnect')).toBe('Token refresh failed: reconnect');
  });

  it('redacts vendor key formats', () => {
    expect(redactText('key sk_live_51HxAbCdEf was rejected')).toBe(`key sk_live_${REDACTED} was rejected`);
    expect(redactText('rk_test_abcdef123456')).toBe(`rk_test_${REDACTED}`);
    expect(redactText('whsec_5WbX5kEWLlfzsGNjH64I8lOOqUB6e8FH and pk_live_QQQQQQQQ')).toBe(`whsec_${REDACTED} and pk_live_${REDACTED}`);
    expect(redactText('sk_test_51Hx_abc_DEF123')).toBe(`sk_test_${REDACTED}`);
    expect(redactText('sk_prod_abcdefgh and whsec_abc')).toBe('sk_prod_abcdefgh and whsec_abc');
  });

  it('redacts name=value pairs with secret names and keeps the others', () => {
    expect(redactText('GET /v1/x?access_token=abc&limit=10')).toBe(`GET /v1/x?access_token=${REDACTED}&limit=10`);
    expect(redactText('grant_type=refresh_token&refresh_token=r1&client_secret=s1')).toBe(
      `grant_type=refresh_token&refresh_token=${REDACTED}&client_secret=${REDACTED}`,
    );
    expect(redactText('page=2&limit=100')).toBe('page=2&limit=100');
  });

  it('redacts "name": "value" pairs with secret names in JSON text', () => {
    const json = JSON.stringify({ access_token: 'at-1', expires_in: 3600, scope: 'read', apiKey: 'k\\"x' });
    const out = JSON.parse(redactText(json)) as Record<string, unknown>;
    expect(out).toEqual({ access_token: REDACTED, expires_in: 3600, scope: 'read', apiKey: REDACTED });
    expect(redactText('{"email": "jo@acme.com"}')).toBe('{"email": "jo@acme.com"}');
  });

  it('redacts every known secret value wherever it appears', () => {
    const secret = 'plain-opaque-value-42';
    expect(redactText(`failed for ${secret} (key ${secret})`, [secret])).toBe(`failed for ${REDACTED} (key ${REDACTED})`);
  });

  it('ignores known secrets too short to redact safely', () => {
    expect(redactText('a bc abc', ['', 'bc', 'abc'])).toBe('a bc abc');
  });
});

describe('redactUrl', () => {
  it('redacts secret query parameters and keeps the others', () => {
    const out = redactUrl('https://api.acme.test/v1/x?api_key=k123&limit=10&hapikey=h1');
    const url = new URL(out);
    expect(url.searchParams.get('api_key')).toBe(REDACTED);
    expect(url.searchParams.get('hapikey')).toBe(REDACTED);
    expect(url.searchParams.get('limit')).toBe('10');
    expect(out).not.toContain('k123');
    expect(out).toContain(`api_key=${REDACTED}`);
  });

  it('recognizes percent-encoded parameter names', () => {
    const out = redactUrl('https://api.acme.test/x?access%5Ftoken=abc123xyz&page=2');
    expect(out).not.toContain('abc123xyz');
    expect(new URL(out).searchParams.get('page')).toBe('2');
  });

  it('redacts userinfo', () => {
    const out = redactUrl('https://jo:hunter2secret@api.acme.test/x');
    expect(out).not.toContain('hunter2secret');
    expect(out).not.toContain('jo@');
  });

  it('redacts known secrets under non-secret names and accepts URL objects', () => {
    expect(redactUrl(new URL('https://api.acme.test/x?k=opaque-value-99'), ['opaque-value-99'])).toBe(
      `https://api.acme.test/x?k=${REDACTED}`,
    );
  });

  it('leaves a URL without secrets unchanged and falls back to text redaction for non-URLs', () => {
    expect(redactUrl('https://api.acme.test/v1/x?limit=10')).toBe('https://api.acme.test/v1/x?limit=10');
    expect(redactUrl('/v1/x?token=abc')).toBe(`/v1/x?token=${REDACTED}`);
  });
});

describe('redactHeaders', () => {
  it('redacts secret-bearing headers from a record or a Headers object', () => {
    expect(redactHeaders({ Authorization: 'Bearer x', 'X-Api-Key': 'k', Accept: 'application/json' })).toEqual({
      Authorization: REDACTED,
      'X-Api-Key': REDACTED,
      Accept: 'application/json',
    });
    expect(redactHeaders(new Headers({ cookie: 'sid=1', 'content-type': 'text/plain' }))).toEqual({
      cookie: REDACTED,
      'content-type': 'text/plain',
    });
  });
});

describe('redactValue', () => {
  it('redacts secret-named fields deeply, in arrays too, and redacts strings', () => {
    const value = {
      user: 'jo',
      password: 'p',
      nested: { refreshToken: 'r', list: [{ apiKey: 'k', id: 1 }, 'Bearer abcdefgh'] },
      count: 3,
    };
    expect(redactValue(value)).toEqual({
      user: 'jo',
      password: REDACTED,
      nested: { refreshToken: REDACTED, list: [{ apiKey: REDACTED, id: 1 }, `Bearer ${REDACTED}`] },
      count: 3,
    });
  });

  it('recurses into objects under secret names instead of dropping them', () => {
    expect(redactValue({ credentials: { apiKey: 'k', region: 'eu' } })).toEqual({ credentials: { apiKey: REDACTED, region: 'eu' } });
    expect(redactValue({ token: null })).toEqual({ token: null });
  });

  it('turns errors into name and redacted message', () => {
    expect(redactValue(new TypeError('bad key sk_live_abcdefgh'))).toEqual({ name: 'TypeError', message: `bad key sk_live_${REDACTED}` });
  });

  it('applies known secrets and stops at the depth limit', () => {
    expect(redactValue(['id value-secret-1'], ['value-secret-1'])).toEqual([`id ${REDACTED}`]);
    let deep: unknown = 'leaf';
    for (let i = 0; i < 12; i++) deep = { next: deep };
    expect(JSON.stringify(redactValue(deep))).toContain('"[…]"');
    expect(JSON.stringify(redactValue(deep))).not.toContain('leaf');
  });

  it('keeps primitives', () => {
    expect(redactValue(5)).toBe(5);
    expect(redactValue(undefined)).toBeUndefined();
    expect(redactValue(true)).toBe(true);
  });
});

describe('secretValues', () => {
  it('collects string leaves of at least 8 characters, deeply', () => {
    expect(secretValues({ apiKey: 'sk_test_123456', short: 'abc', nested: { token: 'tok-abcdefgh', list: ['list-value-1', 7] } })).toEqual([
      'sk_test_123456',
      'tok-abcdefgh',
      'list-value-1',
    ]);
  });

  it('handles non-objects', () => {
    expect(secretValues('a-long-token-value')).toEqual(['a-long-token-value']);
    expect(secretValues(null)).toEqual([]);
    expect(secretValues(42)).toEqual([]);
  });
});
