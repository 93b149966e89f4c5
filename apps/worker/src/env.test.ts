import { describe, expect, it } from 'vitest';
import { parseWorkerEnv } from './env.js';

describe('parseWorkerEnv', () => {
  it('needs TEMPORAL_ADDRESS and fills in the rest', () => {
    expect(() => parseWorkerEnv({})).toThrow(/TEMPORAL_ADDRESS/);
    expect(parseWorkerEnv({ TEMPORAL_ADDRESS: 'temporal:7233' })).toMatchObject({
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: 'tributary-sync',
      TRIBUTARY_MIGRATE: true,
      WORKER_HEALTH_PORT: 8081,
      WORKER_SWEEP_INTERVAL_MS: 60_000,
      LOG_LEVEL: 'info',
      PUBLIC_URL: 'http://127.0.0.1:3000',
      TRIBUTARY_SANDBOX: 'auto',
    });
  });

  it('takes the gateway URLs it refreshes OAuth tokens and reaches sandboxes through, and rejects a malformed one', () => {
    const env = parseWorkerEnv({
      TEMPORAL_ADDRESS: 'x:1',
      PUBLIC_URL: 'https://tributary.example.com',
      GATEWAY_URL: 'http://gateway:3000',
    });
    expect(env).toMatchObject({ PUBLIC_URL: 'https://tributary.example.com', GATEWAY_URL: 'http://gateway:3000' });
    expect(() => parseWorkerEnv({ TEMPORAL_ADDRESS: 'x:1', PUBLIC_URL: 'not a url' })).toThrow(/PUBLIC_URL/);
    expect(() => parseWorkerEnv({ TEMPORAL_ADDRESS: 'x:1', TRIBUTARY_SANDBOX: 'maybe' })).toThrow(/TRIBUTARY_SANDBOX/);
  });

  it('reads numbers and flags from strings and names every bad variable', () => {
    const env = parseWorkerEnv({
      TEMPORAL_ADDRESS: 'x:1',
      WORKER_HEALTH_PORT: '0',
      TRIBUTARY_MIGRATE: 'false',
      WORKER_MAX_ACTIVITIES: '2',
    });
    expect(env).toMatchObject({ WORKER_HEALTH_PORT: 0, TRIBUTARY_MIGRATE: false, WORKER_MAX_ACTIVITIES: 2 });
    expect(() => parseWorkerEnv({ TEMPORAL_ADDRESS: 'x:1', LOG_LEVEL: 'loud', WORKER_HEALTH_PORT: 'abc' })).toThrow(
      /LOG_LEVEL[\s\S]*WORKER_HEALTH_PORT|WORKER_HEALTH_PORT[\s\S]*LOG_LEVEL/,
    );
  });
});
