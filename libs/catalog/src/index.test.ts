import { CANONICAL_SCHEMAS, ConnectorManifest, validateMappings } from '@tributary/core';
import { describe, expect, it } from 'vitest';
import { CONNECTORS, createRegistry } from './index.js';

describe('catalog', () => {
  it('registers every shipped connector under its id, each with a valid manifest and default mappings', () => {
    const registry = createRegistry();
    expect(registry.list().map((c) => c.id)).toEqual(CONNECTORS.map((c) => c.id));
    for (const connector of registry.list()) {
      expect(ConnectorManifest.safeParse(connector).success).toBe(true);
      expect(validateMappings(connector.getSchema(), connector.streams)).toEqual([]);
      for (const stream of connector.streams) expect(CANONICAL_SCHEMAS[stream.entity]).toBeDefined();
    }
  });

  it('builds a new registry each time (no shared module state)', () => {
    expect(createRegistry()).not.toBe(createRegistry());
    expect(() => createRegistry([...CONNECTORS, ...CONNECTORS])).toThrow(/already registered/);
  });
});
