import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { createRuntime } from '../runtime.js';

describe('the gateway on Temporal', () => {
  it('refuses to start with a development key, which the workers could not read', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tributary-gw-key-'));
    const config = loadConfig({ NODE_ENV: 'test', TRIBUTARY_DATA_DIR: dataDir, TEMPORAL_ADDRESS: '127.0.0.1:1', LOG_LEVEL: 'silent' });
    await expect(createRuntime(config)).rejects.toThrow(/CONNECTOR_ENCRYPTION_KEY must be set: .*same key/s);
    expect(existsSync(join(dataDir, 'dev-encryption-key'))).toBe(false);
  });
});
