import { generateKeyHex } from '@tributary/vault';
import { describe, expect, it } from 'vitest';
import { parseWorkerEnv } from './env.js';

const KEY = generateKeyHex();

describe('parseWorkerEnv', () => {
  it('needs TEMPORAL_ADDRESS and fills in the rest', () => {
    expect(() => parseWorkerEnv({ CONNECTOR_ENCRYPTION_KEY: KEY })).toThrow(/TEMPORAL_ADDRESS/);
    const env = parseWorkerEnv({ TEMPORAL_ADDRESS: 'temporal:7233', CONNECTOR_ENCRYPTION_KEY: KEY });
    expect(env.WORKER_HEALTH_PORT).toBeUndefined();
    expect(env).toMatchObject({
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: 'tributary-sync',
      TRIBUTARY_MIGRATE: true,
      WORKER_SWEEP_INTERVAL_MS: 60_000,
      LOG_LEVEL: 'info',
      PUBLIC_URL: 'http://127.0.0.1:3000',
      TRIBUTARY_SANDBOX: 'auto',
    });
  });

  it('refuses to start without CONNECTOR_ENCRYPTION_KEY, saying why a worker needs the gateway’s key', () => {
    for (const missing of [{}, { CONNECTOR_ENCRYPTION_KEY: '' }, { CONNECTOR_ENCRYPTION_KEY: '  ' }]) {
      expect(() => parseWorkerEnv({ TEMPORAL_ADDRESS: 'x:1', ...missing })).toThrow(
        /CONNECTOR_ENCRYPTION_KEY: CONNECTOR_ENCRYPTION_KEY must be set: .*same key.*development key.*Generate a key with/s,
      );
    }
  });

  it('takes the gateway URLs it refreshes OAuth tokens and reaches sandboxes through, and rejects a malformed one', () => {
    const env = parseWorkerEnv({
      TEMPORAL_ADDRESS: 'x:1',
      CONNECTOR_ENCRYPTION_KEY: KEY,
      PUBLIC_URL: 'https://tributary.example.com',
      GATEWAY_URL: 'http://gateway:3000',
    });
    expect(env).toMatchObject({ PUBLIC_URL: 'https://tributary.example.com', GATEWAY_URL: 'http://gateway:3000' });
    expect(() => parseWorkerEnv({ TEMPORAL_ADDRESS: 'x:1', CONNECTOR_ENCRYPTION_KEY: KEY, PUBLIC_URL: 'not a url' })).toThrow(/PUBLIC_URL/);
    expect(() => parseWorkerEnv({ TEMPORAL_ADDRESS: 'x:1', CONNECTOR_ENCRYPTION_KEY: KEY, TRIBUTARY_SANDBOX: 'maybe' })).toThrow(
      /TRIBUTARY_SANDBOX/,
    );
  });

  it('reads SYNC_FAIL_REJECT_RATE as a share from 0 to 1, unset by default', () => {
    const base = { TEMPORAL_ADDRESS: 'x:1', CONNECTOR_ENCRYPTION_KEY: KEY };
    expect(parseWorkerEnv(base).SYNC_FAIL_REJECT_RATE).toBeUndefined();
    expect(parseWorkerEnv({ ...base, SYNC_FAIL_REJECT_RATE: '0.05' }).SYNC_FAIL_REJECT_RATE).toBe(0.05);
    expect(() => parseWorkerEnv({ ...base, SYNC_FAIL_REJECT_RATE: '2' })).toThrow(/SYNC_FAIL_REJECT_RATE: at most 1/);
  });

  it('reads numbers and flags from strings and names every bad variable', () => {
    const env = parseWorkerEnv({
      TEMPORAL_ADDRESS: 'x:1',
      CONNECTOR_ENCRYPTION_KEY: KEY,
      WORKER_HEALTH_PORT: '0',
      TRIBUTARY_MIGRATE: 'false',
      WORKER_MAX_ACTIVITIES: '2',
    });
    expect(env).toMatchObject({ WORKER_HEALTH_PORT: 0, TRIBUTARY_MIGRATE: false, WORKER_MAX_ACTIVITIES: 2 });
    expect(() =>
      parseWorkerEnv({ TEMPORAL_ADDRESS: 'x:1', CONNECTOR_ENCRYPTION_KEY: KEY, LOG_LEVEL: 'loud', WORKER_HEALTH_PORT: 'abc' }),
    ).toThrow(/LOG_LEVEL[\s\S]*WORKER_HEALTH_PORT|WORKER_HEALTH_PORT[\s\S]*LOG_LEVEL/);
  });
});
