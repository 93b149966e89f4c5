import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';

/** The vendored specs (./specs, copied unchanged), by file. */
export type SpecFile =
  'contacts-v3' | 'companies-v3' | 'deals-v3' | 'meetings-v3' | 'calls-v3' | 'associations-v4' | 'pipelines-v3' | 'oauth-v3';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A JSON path inside a spec (`components.schemas.X.properties.y`): the object there, for a patch. */
function at(spec: Json, path: readonly string[]): Json {
  let node: unknown = spec;
  for (const key of path) node = isObject(node) ? node[key] : undefined;
  if (!isObject(node)) throw new Error(`The spec has nothing at ${path.join('.')}: re-check the patches against the new spec`);
  return node;
}

/**
 * Where HubSpot's API and its OpenAPI spec disagree, the schema is patched
 * here, each with the reason (see the README's vendor facts):
 * - search `sorts` are `{propertyName, direction}` objects: the spec's
 *   strings are not applied by HubSpot (HubSpot/hubspot-api-nodejs#14, #559;
 *   HubSpot/hubspot-api-python#236);
 * - a requested property without a value comes back `null` [unconfirmed];
 *   the spec types every value as a string.
 */
function patch(spec: Json): Json {
  const schemas = at(spec, ['components', 'schemas']);
  if (isObject(schemas['PublicObjectSearchRequest'])) {
    at(spec, ['components', 'schemas', 'PublicObjectSearchRequest', 'properties', 'sorts'])['items'] = {
      type: 'object',
      required: ['propertyName'],
      properties: { propertyName: { type: 'string' }, direction: { type: 'string', enum: ['ASCENDING', 'DESCENDING'] } },
    };
  }
  for (const name of ['SimplePublicObject', 'SimplePublicObjectWithAssociations']) {
    if (!isObject(schemas[name])) continue;
    at(spec, ['components', 'schemas', name, 'properties', 'properties'])['additionalProperties'] = { type: ['string', 'null'] };
  }
  return spec;
}

/** Validators over the vendored specs: `validate('contacts-v3', 'PublicObjectSearchRequest', body)` -> the errors, or []. */
export function specValidators(dir: URL) {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  const specs = new Map<SpecFile, Json>();
  const load = (file: SpecFile): Json => {
    const loaded = specs.get(file);
    if (loaded) return loaded;
    const parsed: unknown = JSON.parse(readFileSync(new URL(`${file}.json`, dir), 'utf8'));
    if (!isObject(parsed)) throw new Error(`${file}.json is not an OpenAPI document`);
    const spec = patch(parsed);
    ajv.addSchema(spec, file);
    specs.set(file, spec);
    return spec;
  };
  return {
    spec: load,
    validate(file: SpecFile, schema: string, data: unknown): string[] {
      load(file);
      const check = ajv.getSchema(`${file}#/components/schemas/${schema}`);
      if (!check) throw new Error(`${file} has no schema ${schema}`);
      if (check(data)) return [];
      return (check.errors ?? []).map((e: ErrorObject) => `${schema}${e.instancePath}: ${e.message ?? 'invalid'}`);
    },
  };
}
