import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { gatewaySchema, printGatewaySchema } from './schema.js';

const SCHEMA_FILE = fileURLToPath(new URL('../../schema.graphql', import.meta.url));
const REGENERATE = 'apps/gateway/schema.graphql is stale: run `npx nx run gateway:print-schema` and commit the file.';

/** The SDL as graphql-js prints it, sorted: formatting (prettier) does not count, every type, field, argument and description does. */
const normalized = (sdl: string) => `${printSchema(lexicographicSortSchema(buildSchema(sdl)))}\n`;

describe('the committed schema', () => {
  it('is the printed gateway schema', () => {
    expect(existsSync(SCHEMA_FILE), REGENERATE).toBe(true);
    expect(normalized(readFileSync(SCHEMA_FILE, 'utf8')), REGENERATE).toBe(printGatewaySchema());
  });

  it('notices a change: a schema with one field less is not the printed one', () => {
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    const edited = committed.replace(/^\s*cronPreview\(.*\n/m, '');
    expect(edited).not.toBe(committed);
    expect(normalized(edited)).not.toBe(printGatewaySchema());
  });

  it('types every expected failure through the Error interface', () => {
    const schema = gatewaySchema();
    for (const name of ['InputError', 'NotFoundError', 'ConflictError', 'VendorError', 'BaseError']) {
      const type = schema.getType(name);
      expect(type && 'getInterfaces' in type ? type.getInterfaces().map((i) => i.name) : [], name).toContain('Error');
    }
  });
});
