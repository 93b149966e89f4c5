import type { AnyConnector } from '@tributary/core';
import { platformSettingKeys } from '@tributary/sync';
import { z } from 'zod';

const JsonObject = z.record(z.string(), z.unknown());
const ObjectSchema = z.looseObject({ properties: JsonObject.optional(), required: z.array(z.string()).optional() });
const cache = new WeakMap<AnyConnector, Record<string, unknown>>();

/**
 * A connector's settings as JSON Schema (draft 2020-12), from its settings
 * zod schema: what `updateConnectorSettings` accepts (`io: 'input'`, so
 * defaulted fields are optional and carry their `default`). Settings the
 * platform owns (Office 365's privacy record, set by their own mutations)
 * are left out: the generic mutation refuses them. Parts JSON Schema cannot
 * express (transforms' outputs, custom checks) become `{}`, and the
 * gateway's validation still applies.
 *
 * @example
 * settingsJsonSchema(hubspot).properties // { overlapMinutes: { type: 'integer', minimum: 0, maximum: 1440, default: 10 }, companyCurrency: {...} }
 */
export function settingsJsonSchema(connector: AnyConnector): Record<string, unknown> {
  const known = cache.get(connector);
  if (known) return known;
  const schema = JsonObject.parse(z.toJSONSchema(connector.settingsSchema, { io: 'input', unrepresentable: 'any' }));
  const owned = new Set(platformSettingKeys(connector.id));
  const shape = ObjectSchema.safeParse(schema);
  const result =
    owned.size === 0 || !shape.success
      ? schema
      : {
          ...schema,
          ...(shape.data.properties && {
            properties: Object.fromEntries(Object.entries(shape.data.properties).filter(([key]) => !owned.has(key))),
          }),
          ...(shape.data.required && { required: shape.data.required.filter((key) => !owned.has(key)) }),
        };
  cache.set(connector, result);
  return result;
}

/**
 * The setting names a connector's schema declares (its JSON Schema's
 * properties, platform-owned ones excluded; loose schemas accept more).
 */
export function declaredSettingKeys(connector: AnyConnector): Set<string> {
  const shape = ObjectSchema.safeParse(settingsJsonSchema(connector));
  return new Set(shape.success ? Object.keys(shape.data.properties ?? {}) : []);
}
