import { describe, expect, it } from 'vitest';
import { defineConnector } from '../connector/define.js';
import { sampleDefinition } from '../testing/sample-connector.js';
import { ConnectorRegistry } from './registry.js';

const acme = defineConnector(sampleDefinition());
const globex = defineConnector({ ...sampleDefinition(), id: 'globex', name: 'Globex' });

describe('ConnectorRegistry', () => {
  it('registers connectors, chaining, and lists them in registration order', () => {
    const registry = new ConnectorRegistry().register(globex).register(acme);
    expect(registry.list().map((c) => c.id)).toEqual(['globex', 'acme']);
  });

  it('gets a registered connector by id and reports whether an id is known', () => {
    const registry = new ConnectorRegistry().register(acme);
    expect(registry.get('acme')).toBe(acme);
    expect(registry.has('acme')).toBe(true);
    expect(registry.has('globex')).toBe(false);
  });

  it('throws on a duplicate id and keeps the first registration', () => {
    const registry = new ConnectorRegistry().register(acme);
    const impostor = defineConnector({ ...sampleDefinition(), name: 'Impostor' });
    expect(() => registry.register(impostor)).toThrow('Connector "acme" is already registered');
    expect(registry.get('acme').name).toBe('Acme');
    expect(registry.list()).toHaveLength(1);
  });

  it('throws on an unknown id', () => {
    expect(() => new ConnectorRegistry().get('stripe')).toThrow('Unknown connector "stripe"');
  });

  it('keeps separate registries separate', () => {
    const first = new ConnectorRegistry().register(acme);
    const second = new ConnectorRegistry();
    expect(first.has('acme')).toBe(true);
    expect(second.has('acme')).toBe(false);
    expect(second.list()).toEqual([]);
  });

  it('returns a copy from list, so callers cannot change the registry', () => {
    const registry = new ConnectorRegistry().register(acme);
    registry.list().pop();
    expect(registry.list()).toHaveLength(1);
  });
});
