import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_VARIABLES, GATEWAY_READS_BY_NAME, readsVariable } from './app-env.js';
import { REPO_ROOT } from './compose.js';

/** The gateway's product sources (no tests, no test helpers). */
function gatewaySources(dir = join(REPO_ROOT, 'apps/gateway/src')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test' || entry.name === 'testing' ? [] : gatewaySources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('the variables each app reads', () => {
  it('come from the apps’ schemas', () => {
    expect([...APP_VARIABLES.worker]).toEqual(expect.arrayContaining(['TEMPORAL_ADDRESS', 'CONNECTOR_ENCRYPTION_KEY', 'GATEWAY_URL']));
    expect([...APP_VARIABLES.gateway]).toEqual(expect.arrayContaining(['PORT', 'HOST', 'TEMPORAL_TASK_QUEUE', 'CONNECTOR_ENCRYPTION_KEY']));
    expect(readsVariable('worker', 'HOST')).toBe(false);
    expect(readsVariable('gateway', 'WORKER_HEALTH_PORT')).toBe(false);
    expect(readsVariable('worker', 'TRIBUTARY_OAUTH_GOOGLE_ADS_CLIENT_SECRET')).toBe(true);
    expect(readsVariable('gateway', 'TRIBUTARY_OAUTH_SALESFORCE_SECRET')).toBe(false);
  });

  it('list only names the gateway still reads outside its config schema', () => {
    const sources = gatewaySources().join('\n');
    for (const name of GATEWAY_READS_BY_NAME) expect(sources).toContain(`vars['${name}']`);
  });
});
