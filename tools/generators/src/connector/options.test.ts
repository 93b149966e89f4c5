import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { connectorNames, ConnectorOptions } from './options.js';

const Schema = z.object({
  properties: z.record(z.string(), z.object({ type: z.string(), enum: z.array(z.string()).optional() })),
  required: z.array(z.string()),
});

describe('the generator options', () => {
  it('are described to the Nx CLI by schema.json exactly as ConnectorOptions parses them', () => {
    const schema = Schema.parse(JSON.parse(readFileSync(join(__dirname, 'schema.json'), 'utf8')));
    const shape = ConnectorOptions.shape;
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(shape).sort());
    expect(schema.properties['auth']?.enum).toEqual(shape.auth.options);
    const required = Object.entries(shape).filter(([, field]) => !field.safeParse(undefined).success);
    expect(schema.required.sort()).toEqual(required.map(([name]) => name).sort());
    for (const [name, field] of Object.entries(shape)) {
      expect(schema.properties[name]?.type, name).toBe(field.safeParse(true).success && name !== 'id' ? 'boolean' : 'string');
    }
  });

  it('name a connector after its id in every convention the layout uses', () => {
    expect(connectorNames('acme-crm')).toEqual({
      id: 'acme-crm',
      propertyName: 'acmeCrm',
      className: 'AcmeCrm',
      constantName: 'ACME_CRM',
      snakeId: 'acme_crm',
      displayName: 'Acme Crm',
    });
    expect(connectorNames('g2', 'G2 Crowd').displayName).toBe('G2 Crowd');
  });
});
