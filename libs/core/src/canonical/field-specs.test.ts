import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { CANONICAL_SCHEMAS, ENTITY_TYPES, canonicalFields, requiredFields } from './entities.js';
import { canonicalFieldSpecs, fieldSpecOf, fieldSpecsOf, UnsupportedFieldError } from './field-specs.js';
import { calendarDate, count, counter, currency, decimal, email, id, minorUnits, properties, text, timestamp } from './fields.js';

const kindOf = (schema: z.ZodType) => fieldSpecOf('test', 'f', schema);

describe('canonicalFieldSpecs', () => {
  it('classifies every field of every entity, in schema order', () => {
    for (const entity of ENTITY_TYPES) {
      expect(
        canonicalFieldSpecs(entity).map((f) => f.name),
        entity,
      ).toEqual(canonicalFields(entity));
    }
  });

  it('marks exactly the fields a parsed record may lack as optional (defaults count as present)', () => {
    for (const entity of ENTITY_TYPES) {
      const present = canonicalFieldSpecs(entity)
        .filter((f) => !f.optional)
        .map((f) => f.name);
      // requiredFields are those that cannot be absent on input; defaulted fields are also always present on output.
      const defaulted = Object.entries(CANONICAL_SCHEMAS[entity].shape)
        .filter(([, s]) => z.safeParse(s, undefined).success && z.safeParse(s, undefined).data !== undefined)
        .map(([name]) => name);
      expect(present.sort(), entity).toEqual([...requiredFields(entity), ...defaulted].sort());
    }
  });

  it('reads kinds and descriptions from the charge schema', () => {
    const specs = new Map(canonicalFieldSpecs('charge').map((f) => [f.name, f]));
    expect(specs.get('amount')).toEqual({
      name: 'amount',
      kind: 'safeInteger',
      optional: false,
      description: 'Minor units of currency (cents for USD, yen for JPY)',
    });
    expect(specs.get('amountRefunded')).toEqual({ name: 'amountRefunded', kind: 'safeInteger', optional: false });
    expect(specs.get('occurredAt')).toMatchObject({ kind: 'timestamp', optional: false });
    expect(specs.get('customerEmail')).toMatchObject({ kind: 'text', optional: true });
  });
});

describe('fieldSpecOf', () => {
  it('sees through preprocess pipes, optionals and defaults to the parsed type', () => {
    expect(kindOf(id())).toMatchObject({ kind: 'text', optional: false });
    expect(kindOf(text())).toMatchObject({ kind: 'text', optional: true });
    expect(kindOf(email())).toMatchObject({ kind: 'text', optional: true });
    expect(kindOf(currency())).toMatchObject({ kind: 'text', optional: false });
    expect(kindOf(z.enum(['open', 'won']).optional())).toMatchObject({ kind: 'text', optional: true });
    expect(kindOf(count())).toMatchObject({ kind: 'integer', optional: true });
    expect(kindOf(counter())).toMatchObject({ kind: 'safeInteger', optional: false });
    expect(kindOf(minorUnits().default(0))).toMatchObject({ kind: 'safeInteger', optional: false });
    expect(kindOf(minorUnits().optional())).toMatchObject({ kind: 'safeInteger', optional: true });
    expect(kindOf(decimal())).toMatchObject({ kind: 'number', optional: true });
    expect(kindOf(timestamp())).toMatchObject({ kind: 'timestamp', optional: false });
    expect(kindOf(z.iso.datetime())).toMatchObject({ kind: 'timestamp' });
    expect(kindOf(calendarDate())).toMatchObject({ kind: 'date', optional: false });
    expect(kindOf(properties())).toMatchObject({ kind: 'json', optional: true });
    expect(kindOf(z.boolean().nullable())).toMatchObject({ kind: 'boolean', optional: true });
  });

  it('keeps a description given inside the optional wrapper', () => {
    expect(kindOf(minorUnits().describe('cents').optional())).toEqual({
      name: 'f',
      kind: 'safeInteger',
      optional: true,
      description: 'cents',
    });
  });

  it('refuses a zod type it cannot store, naming the field and where to fix it', () => {
    const error = (() => {
      try {
        fieldSpecsOf('widget', z.object({ externalId: id(), size: z.bigint() }));
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(UnsupportedFieldError);
    expect(String(error)).toMatch(/widget\.size has zod type "bigint".*fields\.ts/);
  });
});
