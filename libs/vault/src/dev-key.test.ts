import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVault } from './dev-key.js';
import { VaultConfigError } from './errors.js';
import { generateKeyHex } from './keys.js';

const binding = { tenantId: 't', connectorId: 'c' };

describe('loadVault', () => {
  it('generates a development key once (mode 0600) and reuses it', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vault-'));
    const first = loadVault({ dataDir, env: {} });
    expect(first).toMatchObject({ source: 'dev-file', created: true });
    expect(statSync(join(dataDir, 'dev-encryption-key')).mode & 0o777).toBe(0o600);
    const envelope = first.vault.encrypt({ apiKey: 'x' }, binding);
    const second = loadVault({ dataDir, env: {} });
    expect(second.created).toBe(false);
    expect(second.vault.decrypt(envelope, binding)).toEqual({ apiKey: 'x' });
  });

  it('uses CONNECTOR_ENCRYPTION_KEY when set and writes no file', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vault-'));
    const key = generateKeyHex();
    const loaded = loadVault({ dataDir, env: { CONNECTOR_ENCRYPTION_KEY: key } });
    expect(loaded.source).toBe('env');
    expect(() => statSync(join(dataDir, 'dev-encryption-key'))).toThrow();
  });

  it('refuses to generate a key in production', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vault-'));
    expect(() => loadVault({ dataDir, env: { NODE_ENV: 'production' } })).toThrow(VaultConfigError);
    expect(() => statSync(join(dataDir, 'dev-encryption-key'))).toThrow();
  });

  it('refuses the development key to a process that shares its database, saying why', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vault-'));
    expect(() => loadVault({ dataDir, env: {}, shared: true })).toThrow(/CONNECTOR_ENCRYPTION_KEY must be set.*same key.*Generate a key/s);
    expect(() => statSync(join(dataDir, 'dev-encryption-key'))).toThrow();
    expect(loadVault({ dataDir, env: { CONNECTOR_ENCRYPTION_KEY: generateKeyHex() }, shared: true }).source).toBe('env');
  });
});
