import { CONNECTORS } from '@tributary/catalog';
import { describe, expect, it } from 'vitest';
import { declaredSettingKeys, settingsJsonSchema } from './settings-schema.js';

const connector = (id: string) => {
  const found = CONNECTORS.find((c) => c.id === id);
  if (!found) throw new Error(`no connector ${id}`);
  return found;
};

describe('settingsJsonSchema', () => {
  it("turns a connector's settings zod schema into JSON Schema with bounds, defaults and descriptions", () => {
    const schema = settingsJsonSchema(connector('salesforce'));
    expect(schema).toMatchObject({
      type: 'object',
      properties: {
        overlapMinutes: { type: 'integer', minimum: 0, maximum: 1440, default: 5, description: expect.stringMatching(/re-reads/) },
        writeback: { type: 'object', properties: { enabled: { type: 'boolean', default: false } } },
      },
    });
  });

  it('lists enums, and arrays of enums', () => {
    expect(settingsJsonSchema(connector('customerio'))).toMatchObject({ properties: { region: { type: 'string', enum: ['us', 'eu'] } } });
    expect(settingsJsonSchema(connector('o365'))).toMatchObject({
      properties: { folders: { type: 'array', items: { enum: ['inbox', 'sentitems'] } } },
    });
  });

  it('leaves out the settings the platform owns (Office 365 privacy has its own mutations)', () => {
    const keys = declaredSettingKeys(connector('o365'));
    expect(keys.has('privacy')).toBe(false);
    expect(keys.has('calendar')).toBe(true);
    expect(JSON.stringify(settingsJsonSchema(connector('o365')))).not.toMatch(/dpaAcceptedAt/);
  });

  it('gives every catalog connector an object schema', () => {
    for (const c of CONNECTORS) expect(settingsJsonSchema(c)).toMatchObject({ type: 'object' });
  });
});
