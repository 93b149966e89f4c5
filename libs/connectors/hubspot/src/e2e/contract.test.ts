import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import {
  createAuthorizationRequest,
  createConnectorContext,
  exchangeCode,
  parseCallback,
  refreshTokens,
  revokeToken,
} from '@tributary/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { hubspot } from '../connector.js';
import { createHubSpotSimulator, HUBSPOT_OAUTH_PATHS, oauthClientOf, simulatorOAuthSpec, type HubSpotSimulator } from '../sandbox/index.js';

/** The vendored specs (./specs, copied unchanged), by file. */
type SpecFile = 'contacts-v3' | 'companies-v3' | 'deals-v3' | 'meetings-v3' | 'calls-v3' | 'associations-v4' | 'pipelines-v3' | 'oauth-v3';

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
function specValidators(dir: URL) {
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

/** One exchange of a full sync: what the connector sent and what the simulator answered. */
interface Exchange {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  status: number;
  response: unknown;
}

const specs = specValidators(new URL('./specs/', import.meta.url));
const SPEC_OF: Readonly<Record<string, SpecFile>> = {
  contacts: 'contacts-v3',
  companies: 'companies-v3',
  deals: 'deals-v3',
  meetings: 'meetings-v3',
  calls: 'calls-v3',
};
/** The spec's path for an object type (deals are `0-3` there). */
const specPath = (type: string) => `/crm/v3/objects/${type === 'deals' ? '0-3' : type}`;

/** A full sync in-process, every request and answer recorded. */
async function recordFullSync(sim: HubSpotSimulator): Promise<Exchange[]> {
  const exchanges: Exchange[] = [];
  const recording: typeof fetch = async (input, init) => {
    const request = input instanceof Request ? input : new Request(String(input), init);
    const sent = await request.clone().text();
    const response = await sim.app.request(request);
    const url = new URL(request.url);
    exchanges.push({
      method: request.method,
      path: url.pathname,
      query: url.searchParams,
      body: sent ? JSON.parse(sent) : undefined,
      status: response.status,
      response: await response.clone().json(),
    });
    return response;
  };
  const credentials = { apiKey: sim.privateAppToken };
  const settings = hubspot.settingsSchema.parse({});
  const ctx = createConnectorContext(hubspot, credentials, settings, { baseUrl: 'http://hubspot.test', fetch: recording });
  for (let cursor: string | null = null, more = true; more;) {
    const page = await hubspot.sync(credentials, cursor, { ...ctx, mode: 'full' });
    cursor = page.cursor;
    more = page.hasMore;
  }
  return exchanges;
}

/** Check one exchange against its operation in the specs; false when no operation of ours matches it. */
function check(e: Exchange): string[] | false {
  const search = /^\/crm\/v3\/objects\/([a-z]+)\/search$/.exec(e.path);
  const list = /^\/crm\/v3\/objects\/([a-z]+)$/.exec(e.path);
  const read = /^\/crm\/v3\/objects\/([a-z]+)\/batch\/read$/.exec(e.path);
  const associations = /^\/crm\/v4\/associations\/[a-z]+\/[a-z]+\/batch\/read$/.exec(e.path);
  const spec = SPEC_OF[search?.[1] ?? list?.[1] ?? read?.[1] ?? ''];
  if (search && spec)
    return [
      ...specs.validate(spec, 'PublicObjectSearchRequest', e.body),
      ...specs.validate(spec, 'CollectionResponseWithTotalSimplePublicObject', e.response),
    ];
  if (list && spec)
    return [
      ...queryErrors(spec, specPath(list[1] ?? ''), e.query),
      ...specs.validate(spec, 'CollectionResponseSimplePublicObjectWithAssociationsForwardPaging', e.response),
    ];
  if (read && spec)
    return [
      ...specs.validate(spec, 'BatchReadInputSimplePublicObjectId', e.body),
      ...specs.validate(
        spec,
        e.status === 207 ? 'BatchResponseSimplePublicObjectWithErrors' : 'BatchResponseSimplePublicObject',
        e.response,
      ),
    ];
  if (associations) {
    const answer =
      e.status === 207 ? 'BatchResponsePublicAssociationMultiWithLabelWithErrors' : 'BatchResponsePublicAssociationMultiWithLabel';
    return [
      ...specs.validate('associations-v4', 'BatchInputPublicFetchAssociationsBatchRequest', e.body),
      ...specs.validate('associations-v4', answer, e.response),
    ];
  }
  if (e.path === '/crm/v3/pipelines/deals') return specs.validate('pipelines-v3', 'CollectionResponsePipelineNoPaging', e.response);
  return false;
}

const Parameters = z.object({
  parameters: z
    .array(z.object({ name: z.string(), in: z.string(), schema: z.object({ type: z.string().optional() }).optional() }))
    .default([]),
});
const Paths = z.record(z.string(), z.record(z.string(), z.unknown()));
/** An operation with a form body (OAuth): the fields it declares. */
const FormOperation = z.object({
  requestBody: z.object({
    content: z.object({
      'application/x-www-form-urlencoded': z.object({ schema: z.object({ properties: z.record(z.string(), z.unknown()) }) }),
    }),
  }),
});

/** Every query parameter the connector sent is one the operation declares, with a value of its type. */
function queryErrors(file: SpecFile, path: string, query: URLSearchParams): string[] {
  const operation = Paths.parse(specs.spec(file)['paths'])[path]?.['get'];
  const declared = Parameters.parse(operation ?? {}).parameters;
  return [...query.keys()].flatMap((name) => {
    const parameter = declared.find((p) => p.name === name && p.in === 'query');
    if (!parameter) return [`${path}: undeclared query parameter ${name}`];
    const value = query.get(name) ?? '';
    const type = parameter.schema?.type;
    const ok = type === 'boolean' ? /^(true|false)$/.test(value) : type === 'integer' ? /^\d+$/.test(value) : true;
    return ok ? [] : [`${path}: ${name}=${value} is not a ${type}`];
  });
}

describe("the connector and the simulator against HubSpot's OpenAPI specs", () => {
  let sim: HubSpotSimulator;
  let exchanges: Exchange[];

  beforeAll(async () => {
    sim = createHubSpotSimulator({ seed: 77, companies: 30, rateLimits: false });
    sim.mutate.archive('deals', 2);
    sim.mutate.archive('contacts', 3);
    exchanges = await recordFullSync(sim);
  }, 60_000);

  it('every request of a full sync is an operation of the specs, and every request and answer matches its schemas', () => {
    const problems = exchanges.flatMap((e) => {
      const errors = check(e);
      return errors === false
        ? [`${e.method} ${e.path}: not an operation the contract covers`]
        : errors.map((m) => `${e.method} ${e.path}: ${m}`);
    });
    expect(problems).toEqual([]);
    const kinds = new Set(exchanges.map((e) => e.path.replace(/\/(contacts|companies|deals|meetings|calls)(?=\/|$)/g, '/{type}')));
    expect([...kinds].sort()).toEqual([
      '/crm/v3/objects/{type}',
      '/crm/v3/objects/{type}/batch/read',
      '/crm/v3/objects/{type}/search',
      '/crm/v3/pipelines/{type}',
      '/crm/v4/associations/{type}/{type}/batch/read',
    ]);
    expect(exchanges.some((e) => e.status === 207)).toBe(true);
  });

  it("the simulator's error bodies match the spec's Error (the 429 body is HubSpot's RATE_LIMIT shape instead)", async () => {
    const auth = { authorization: `Bearer ${sim.privateAppToken}` };
    const answers = [
      await sim.app.request('/crm/v3/objects/contacts'),
      await sim.app.request('/crm/v3/objects/widgets', { headers: auth }),
      await sim.app.request('/crm/v3/objects/contacts/search', { method: 'POST', headers: auth, body: JSON.stringify({ limit: 500 }) }),
    ];
    for (const answer of answers) expect(specs.validate('contacts-v3', 'Error', await answer.json())).toEqual([]);
    expect(answers.map((a) => a.status)).toEqual([401, 400, 400]);
  });

  it("core's OAuth calls send only the spec's form fields, and the token answers match TokenResponseIF", async () => {
    const fresh = createHubSpotSimulator({ seed: 1, companies: 1 });
    const server = await fresh.start();
    const answers: unknown[] = [];
    const recording: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      if (response.headers.get('content-type')?.includes('json')) answers.push(await response.clone().json());
      return response;
    };
    try {
      const spec = simulatorOAuthSpec(server.url);
      const client = oauthClientOf(fresh.client);
      const call = { vendor: 'HubSpot', fetch: recording };
      const request = await createAuthorizationRequest(spec, client);
      const params = parseCallback(spec, client, new URL(await fresh.oauth.consent(request.url)), request.state, call);
      const tokens = await exchangeCode(spec, client, params, request.codeVerifier, call);
      await refreshTokens(spec, client, tokens, call);
      await revokeToken(spec, client, tokens.refreshToken ?? '', call);
    } finally {
      await server.close();
    }
    expect(answers).toHaveLength(2);
    for (const answer of answers) expect(specs.validate('oauth-v3', 'TokenResponseIF', answer)).toEqual([]);
    const calls = fresh.requests.filter({ method: 'POST', path: /^\/oauth\/v3\/token/ });
    expect(calls.map((c) => c.path)).toEqual([HUBSPOT_OAUTH_PATHS.token, HUBSPOT_OAUTH_PATHS.token, HUBSPOT_OAUTH_PATHS.revoke]);
    const paths = Paths.parse(specs.spec('oauth-v3')['paths']);
    for (const c of calls) {
      const fields = Object.keys(
        FormOperation.parse(paths[c.path]?.['post']).requestBody.content['application/x-www-form-urlencoded'].schema.properties,
      );
      expect(Object.keys(z.record(z.string(), z.unknown()).parse(c.body)).filter((k) => !fields.includes(k))).toEqual([]);
    }
  });
});
