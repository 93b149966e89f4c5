import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('loadConfig', () => {
  it('mounts no sandbox in production unless TRIBUTARY_SANDBOX=auto says so', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).sandbox).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', TRIBUTARY_SANDBOX: 'auto' }).sandbox).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).sandbox).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development', TRIBUTARY_SANDBOX: 'off' }).sandbox).toBe(false);
  });

  it('trusts the gateway origin, the console origin and configured origins, nothing else', () => {
    const config = loadConfig({
      PUBLIC_URL: 'https://tributary.example.com/',
      TRIBUTARY_CONSOLE_ORIGIN: 'http://127.0.0.1:5173',
      TRIBUTARY_CORS_ORIGINS: 'https://a.example/path, https://b.example',
    });
    expect(config.allowedOrigins).toEqual([
      'https://tributary.example.com',
      'http://127.0.0.1:5173',
      'https://a.example',
      'https://b.example',
    ]);
    expect(() => loadConfig({ TRIBUTARY_CORS_ORIGINS: 'not a url' })).toThrow(/TRIBUTARY_CORS_ORIGINS/);
  });

  it('reads the metrics protection, mail and cache settings', () => {
    const config = loadConfig({
      TRIBUTARY_METRICS_TOKEN: 'a-long-metrics-token',
      TRIBUTARY_METRICS_LISTEN: '127.0.0.1:9464',
      TRIBUTARY_SMTP_URL: 'smtp://mail.example:587',
      TRIBUTARY_AUTH_CACHE_MS: '0',
    });
    expect(config.metrics).toEqual({ token: 'a-long-metrics-token', listen: { host: '127.0.0.1', port: 9464 } });
    expect(config.mail.smtpUrl).toBe('smtp://mail.example:587');
    expect(config.authCache.ttlMs).toBe(0);
    expect(() => loadConfig({ TRIBUTARY_METRICS_TOKEN: 'short' })).toThrow(/TRIBUTARY_METRICS_TOKEN/);
  });

  it('reads SYNC_FAIL_REJECT_RATE as a share from 0 to 1, unset by default (runs never fail for rejections)', () => {
    expect(loadConfig({}).failRejectRate).toBeUndefined();
    expect(loadConfig({ SYNC_FAIL_REJECT_RATE: '0.2' }).failRejectRate).toBe(0.2);
    for (const bad of ['1.5', 'half', '']) expect(() => loadConfig({ SYNC_FAIL_REJECT_RATE: bad }), bad).toThrow(/SYNC_FAIL_REJECT_RATE/);
  });
});
