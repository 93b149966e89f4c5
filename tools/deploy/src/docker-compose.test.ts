import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '@tributary/gateway';
import { generateKeyHex } from '@tributary/vault';
import { parseWorkerEnv } from '@tributary/worker';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readsVariable, type App } from './app-env.js';
import { loadCompose, loadComposeDocument, REPO_ROOT, type ComposeService } from './compose.js';
import { composeSchemaErrors } from './schema.js';

/** What an operator exports before `docker compose up` (README, "Run it distributed"). */
const VARS = { CONNECTOR_ENCRYPTION_KEY: generateKeyHex() };
const compose = loadCompose(VARS);
const service = (name: string): ComposeService => {
  const found = compose.services[name];
  if (!found) throw new Error(`docker-compose.yml has no service ${name}`);
  return found;
};
const envOf = (name: App): Record<string, string> => service(name).environment ?? {};
/** Every variable both apps need, and must agree on. */
const SHARED = ['DATABASE_URL', 'CONNECTOR_ENCRYPTION_KEY', 'TEMPORAL_ADDRESS', 'TEMPORAL_NAMESPACE', 'TEMPORAL_TASK_QUEUE', 'PUBLIC_URL'];

describe('docker-compose.yml against the Compose Specification', () => {
  it('is a valid Compose file', () => {
    expect(composeSchemaErrors(loadComposeDocument(VARS))).toEqual([]);
  });

  it('would be caught with a misspelt or mistyped key (the check bites)', () => {
    const Document = z.looseObject({ services: z.record(z.string(), z.record(z.string(), z.unknown())) });
    const broken = (mutate: (services: Record<string, Record<string, unknown>>) => void) => {
      const copy = Document.parse(loadComposeDocument(VARS));
      mutate(copy.services);
      return composeSchemaErrors(copy);
    };
    expect(broken((s) => (s['worker'] = { ...s['worker'], enviroment: {} }))).not.toEqual([]);
    expect(broken((s) => (s['gateway'] = { ...s['gateway'], ports: 3000 }))).not.toEqual([]);
    expect(broken((s) => (s['temporal'] = { ...s['temporal'], depends_on: { 'temporal-schema': { condition: 'done' } } }))).not.toEqual([]);
  });

  it('refuses to start without CONNECTOR_ENCRYPTION_KEY', () => {
    expect(() => loadCompose({})).toThrow(/required variable CONNECTOR_ENCRYPTION_KEY is missing a value/);
  });
});

describe('docker-compose.yml against what the apps read', () => {
  it('sets only variables the gateway and the worker read', () => {
    for (const app of ['gateway', 'worker'] as const) {
      expect(Object.keys(envOf(app)).filter((name) => !readsVariable(app, name))).toEqual([]);
    }
  });

  it('sets every variable they need, with values they accept', () => {
    for (const app of ['gateway', 'worker'] as const) expect(Object.keys(envOf(app))).toEqual(expect.arrayContaining(SHARED));
    expect(Object.keys(envOf('worker'))).toContain('GATEWAY_URL');
    expect(() => parseWorkerEnv(envOf('worker'))).not.toThrow();
    expect(loadConfig(envOf('gateway'))).toMatchObject({ env: 'production', host: '0.0.0.0', port: 3000, dataDir: '/data' });
  });

  it('gives the gateway and every worker the same database, key, Temporal queue and public URL', () => {
    for (const name of SHARED) expect([name, envOf('worker')[name]]).toEqual([name, envOf('gateway')[name]]);
    expect(envOf('gateway')['CONNECTOR_ENCRYPTION_KEY']).toBe(VARS.CONNECTOR_ENCRYPTION_KEY);
  });

  it('points the apps at services of this file, and the worker at the gateway’s port', () => {
    const hostOf = (url: string) => new URL(url.includes('://') ? url : `tcp://${url}`);
    const gateway = envOf('gateway');
    const worker = envOf('worker');
    expect(Object.keys(compose.services)).toEqual(
      expect.arrayContaining([
        hostOf(gateway['DATABASE_URL'] ?? '').hostname,
        hostOf(gateway['TEMPORAL_ADDRESS'] ?? '').hostname,
        hostOf(worker['GATEWAY_URL'] ?? '').hostname,
      ]),
    );
    expect(hostOf(worker['GATEWAY_URL'] ?? '')).toMatchObject({ hostname: 'gateway', port: gateway['PORT'] });
  });

  it('health-checks the ports the apps listen on: the gateway’s /readyz, the worker’s /healthz', () => {
    const test = (name: string) => (service(name).healthcheck?.test ?? []).join(' ');
    expect(test('gateway')).toContain(`http://127.0.0.1:${envOf('gateway')['PORT']}/readyz`);
    expect(test('worker')).toContain(`http://127.0.0.1:${envOf('worker')['WORKER_HEALTH_PORT']}/healthz`);
  });

  it('keeps the gateway’s data directory (the sandbox signing secret) on a named volume', () => {
    const dataDir = envOf('gateway')['TRIBUTARY_DATA_DIR'];
    const mount = (service('gateway').volumes ?? []).find((v) => v.split(':')[1] === dataDir);
    expect(mount?.split(':')[0]).toBeDefined();
    expect(Object.keys(compose.volumes ?? {})).toContain(mount?.split(':')[0]);
  });
});

describe('docker-compose.yml: Temporal without auto-setup', () => {
  const image = (name: string) => service(name).image ?? '';

  it('runs temporalio/server after an admin-tools schema job, and registers the namespace with another', () => {
    expect(Object.values(compose.services).map((s) => s.image ?? '')).not.toContainEqual(expect.stringContaining('auto-setup'));
    expect(image('temporal')).toMatch(/^temporalio\/server:\d+\.\d+\.\d+$/);
    const version = image('temporal').split(':')[1];
    for (const job of ['temporal-schema', 'temporal-namespace']) expect(image(job)).toBe(`temporalio/admin-tools:${version}`);
    const completed = { condition: 'service_completed_successfully' };
    expect(service('temporal').depends_on).toMatchObject({ 'temporal-schema': completed });
    for (const app of ['gateway', 'worker']) expect(service(app).depends_on).toMatchObject({ 'temporal-namespace': completed });
    expect(envOf('gateway')['TEMPORAL_NAMESPACE']).toBe(service('temporal-namespace').environment?.['TEMPORAL_NAMESPACE']);
  });

  it('mounts scripts and files that exist in this checkout, and runs the scripts it mounts', () => {
    for (const name of ['temporal-schema', 'temporal', 'temporal-namespace']) {
      for (const volume of service(name).volumes ?? []) {
        const [source = ''] = volume.split(':');
        expect([volume, existsSync(join(REPO_ROOT, source))]).toEqual([volume, true]);
      }
    }
    for (const [name, script] of [
      ['temporal-schema', 'setup-schema.sh'],
      ['temporal-namespace', 'create-namespace.sh'],
    ] as const) {
      expect(service(name).entrypoint).toEqual(['/bin/sh', `/scripts/${script}`]);
      expect(existsSync(join(REPO_ROOT, 'tools/deploy/temporal', script))).toBe(true);
    }
  });
});
