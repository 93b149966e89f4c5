import { describe, expect, it } from 'vitest';
import {
  AuthExpiredError,
  AuthRevokedError,
  ConfigError,
  ConnectorError,
  ERROR_KINDS,
  RateLimitedError,
  SUGGESTED_FIX,
  TransientError,
  ValidationError,
  VendorError,
  isConnectorError,
  isErrorKind,
  serializeError,
  toConnectorError,
  type ErrorKind,
} from './errors.js';

describe('error kinds', () => {
  const cases: [ConnectorError, ErrorKind, string, boolean][] = [
    [new AuthExpiredError('m'), 'auth_expired', 'AuthExpiredError', false],
    [new AuthRevokedError('m'), 'auth_revoked', 'AuthRevokedError', false],
    [new RateLimitedError('m', 1000), 'rate_limited', 'RateLimitedError', true],
    [new TransientError('m'), 'transient', 'TransientError', true],
    [new VendorError('m'), 'vendor', 'VendorError', false],
    [new ConfigError('m'), 'config', 'ConfigError', false],
    [new ValidationError('m'), 'validation', 'ValidationError', false],
  ];

  it.each(cases)('%s has its kind, name and default retryability', (error, kind, name, retryable) => {
    expect(error).toBeInstanceOf(ConnectorError);
    expect(error).toBeInstanceOf(Error);
    expect(error.kind).toBe(kind);
    expect(error.name).toBe(name);
    expect(error.retryable).toBe(retryable);
    expect(error.suggestedFix).toBe(SUGGESTED_FIX[kind]);
  });

  it('covers every kind exactly once', () => {
    expect(cases.map(([, kind]) => kind).sort()).toEqual([...ERROR_KINDS].sort());
  });

  it('lets a caller override the default retryability either way', () => {
    expect(new VendorError('stripe says retry', { retryable: true }).retryable).toBe(true);
    expect(new TransientError('stripe says stop', { retryable: false }).retryable).toBe(false);
    expect(new ConnectorError('auth_expired', 'm', { retryable: true }).retryable).toBe(true);
  });

  it('keeps retryAfterMs on a rate-limit error, which stays retryable', () => {
    const error = new RateLimitedError('slow down', 2500, { status: 429 });
    expect(error.retryAfterMs).toBe(2500);
    expect(error.status).toBe(429);
    expect(error.retryable).toBe(true);
  });

  it('keeps the cause, and sets no cause when none was given', () => {
    const cause = new Error('socket hang up');
    expect(new TransientError('m', { cause }).cause).toBe(cause);
    expect('cause' in new TransientError('m')).toBe(false);
  });
});

describe('toConnectorError', () => {
  it('returns a ConnectorError unchanged', () => {
    const error = new AuthRevokedError('revoked');
    expect(toConnectorError(error)).toBe(error);
  });

  it('turns an unknown Error into a retryable transient error keeping its message and cause', () => {
    const cause = new TypeError('fetch failed');
    const error = toConnectorError(cause);
    expect(error).toBeInstanceOf(TransientError);
    expect(error.kind).toBe('transient');
    expect(error.retryable).toBe(true);
    expect(error.message).toBe('fetch failed');
    expect(error.cause).toBe(cause);
  });

  it('turns thrown non-errors into transient errors with a readable message', () => {
    expect(toConnectorError('boom').message).toBe('boom');
    expect(toConnectorError(42).message).toBe('42');
    expect(toConnectorError(undefined).message).toBe('undefined');
    expect(toConnectorError(new Error('')).message).toBe('Unknown error');
    expect(toConnectorError('').kind).toBe('transient');
  });
});

describe('serializeError / toJSON', () => {
  it('carries kind, message, retryable, suggestedFix, status, vendorCode and retryAfterMs', () => {
    const error = new RateLimitedError('Stripe: too many requests', 2000, { status: 429, vendorCode: 'rate_limit' });
    const expected = {
      kind: 'rate_limited',
      message: 'Stripe: too many requests',
      retryable: true,
      suggestedFix: SUGGESTED_FIX.rate_limited,
      status: 429,
      vendorCode: 'rate_limit',
      retryAfterMs: 2000,
    };
    expect(serializeError(error)).toEqual(expected);
    expect(JSON.parse(JSON.stringify(error))).toEqual(expected);
  });

  it('omits optional fields that are not set and never includes the cause', () => {
    const error = new ConfigError('bad settings', { cause: new Error('sk_live_secret') });
    const json = error.toJSON();
    expect(json).toEqual({ kind: 'config', message: 'bad settings', retryable: false, suggestedFix: SUGGESTED_FIX.config });
    expect(JSON.stringify(error)).not.toContain('sk_live_secret');
  });

  it('reflects a retryability override', () => {
    expect(new VendorError('m', { retryable: true }).toJSON().retryable).toBe(true);
  });
});

describe('guards', () => {
  it('isErrorKind accepts exactly the declared kinds', () => {
    for (const kind of ERROR_KINDS) expect(isErrorKind(kind)).toBe(true);
    expect(isErrorKind('fatal')).toBe(false);
    expect(isErrorKind('AUTH_EXPIRED')).toBe(false);
    expect(isErrorKind(undefined)).toBe(false);
    expect(isErrorKind(1)).toBe(false);
  });

  it('isConnectorError tells classified errors from others', () => {
    expect(isConnectorError(new VendorError('m'))).toBe(true);
    expect(isConnectorError(new Error('m'))).toBe(false);
    expect(isConnectorError({ kind: 'vendor', message: 'm' })).toBe(false);
  });
});
