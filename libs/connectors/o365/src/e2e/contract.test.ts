import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { O365Settings } from '../config.js';
import { eventsRequest, messagesRequest } from '../streams/index.js';
import { calendarWindow } from '../streams/calendar-window.js';
import { createO365Simulator, type O365Simulator } from '../sandbox/index.js';
import { connectO365 } from '../testing/index.js';

/**
 * Graph's own descriptions (an extract of the v1.0 CSDL `$metadata`, and
 * msgraph-typescript-typings), copied unchanged into ./specs so the contract
 * test runs in any clone; missing specs fail the test.
 */
function specFile(name: string): string {
  const path = join(dirname(fileURLToPath(import.meta.url)), 'specs', name);
  if (!existsSync(path)) throw new Error(`Graph's ${name} is missing from ./specs`);
  return readFileSync(path, 'utf8');
}

/** A property's type in CSDL terms (`Edm.String`, `graph.recipient`, `Collection(graph.attendee)`) and whether null is allowed. */
interface Prop {
  type: string;
  nullable: boolean;
}
/** Graph's types by qualified name (`graph.event`): properties (inherited ones included) or enum members. */
interface Model {
  types: Map<string, Map<string, Prop>>;
  enums: Map<string, Set<string>>;
}

const XmlNode = z.looseObject({ '@_Name': z.string(), '@_BaseType': z.string().optional() });
const XmlProp = z.looseObject({ '@_Name': z.string(), '@_Type': z.string(), '@_Nullable': z.string().optional() });
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined ? [] : [v]);

/** The CSDL extract: complex and entity types with their base types' properties, and enums. */
function csdlModel(): Model {
  const always = ['Schema', 'EnumType', 'Member', 'ComplexType', 'EntityType', 'Property', 'Function', 'Parameter'];
  const parser = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true, isArray: (name) => always.includes(name) });
  const schema = z
    .looseObject({ Schema: z.array(z.record(z.string(), z.unknown())) })
    .parse(
      z.looseObject({ Edmx: z.looseObject({ DataServices: z.unknown() }) }).parse(parser.parse(specFile('cleanMetadata-v1.0-extract.xml')))
        .Edmx.DataServices,
    ).Schema[0];
  const own = new Map<string, { base?: string; props: Map<string, Prop> }>();
  for (const raw of [...list(schema?.['ComplexType']), ...list(schema?.['EntityType'])]) {
    const node = XmlNode.parse(raw);
    const props = new Map(
      list(z.looseObject({ Property: z.unknown() }).parse(raw).Property).map((p) => {
        const prop = XmlProp.parse(p);
        return [prop['@_Name'], { type: prop['@_Type'], nullable: prop['@_Nullable'] !== 'false' }] as const;
      }),
    );
    own.set(`graph.${node['@_Name']}`, { props, ...(node['@_BaseType'] ? { base: node['@_BaseType'] } : {}) });
  }
  const resolve = (name: string): Map<string, Prop> => {
    const entry = own.get(name);
    return entry ? new Map([...(entry.base ? resolve(entry.base) : []), ...entry.props]) : new Map();
  };
  const enums = new Map(
    list(schema?.['EnumType']).map((raw) => {
      const members = list(z.looseObject({ Member: z.unknown() }).parse(raw).Member).map((m) => XmlNode.parse(m)['@_Name']);
      return [`graph.${XmlNode.parse(raw)['@_Name']}`, new Set(members)] as const;
    }),
  );
  return { types: new Map([...own.keys()].map((name) => [name, resolve(name)])), enums };
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * An interface of the typings in CSDL terms (the CSDL extract has no
 * `message`): `NullableOption<Recipient[]>` -> `Collection(graph.recipient)`;
 * strings named `...DateTime` are `Edm.DateTimeOffset` (the typings document
 * them as ISO 8601 timestamps in UTC).
 */
function typingsInterface(name: string): Map<string, Prop> {
  const source = ts.createSourceFile('graph.d.ts', specFile('microsoft-graph-types-extract.d.ts.txt'), ts.ScriptTarget.Latest);
  const found = source.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === name);
  if (!found) throw new Error(`interface ${name} is not in the typings`);
  const base = found.heritageClauses?.[0]?.types[0]?.expression.getText(source);
  const props = new Map(base ? typingsInterface(base) : []);
  for (const member of found.members) {
    if (!ts.isPropertySignature(member) || !member.type) continue;
    const key = member.name.getText(source);
    const text = member.type.getText(source);
    const bare = /^NullableOption<(.*)>$/.exec(text)?.[1] ?? text;
    const item = bare.replace(/\[\]$/, '');
    const scalar = { string: key.endsWith('DateTime') ? 'Edm.DateTimeOffset' : 'Edm.String', boolean: 'Edm.Boolean', number: 'Edm.Double' }[
      item
    ];
    const type = scalar ?? `graph.${lowerFirst(item)}`;
    props.set(key, { type: bare.endsWith('[]') ? `Collection(${type})` : type, nullable: bare !== text });
  }
  return props;
}

/** Where a value breaks its Graph type: `path: reason` for each problem, [] when it conforms. */
function violations(value: unknown, prop: Prop, model: Model, path: string): string[] {
  if (value === null) return prop.nullable ? [] : [`${path}: null where the spec does not allow it`];
  const collection = /^Collection\((.*)\)$/.exec(prop.type)?.[1];
  if (collection) {
    if (!Array.isArray(value)) return [`${path}: not a collection`];
    return value.flatMap((v, i) => violations(v, { type: collection, nullable: false }, model, `${path}[${i}]`));
  }
  const scalars: Record<string, (v: unknown) => boolean> = {
    'Edm.String': (v) => typeof v === 'string',
    'Edm.Boolean': (v) => typeof v === 'boolean',
    'Edm.Int32': Number.isInteger,
    'Edm.Double': (v) => typeof v === 'number',
    'Edm.DateTimeOffset': (v) => typeof v === 'string' && z.iso.datetime({ offset: true }).safeParse(v).success,
  };
  const scalar = scalars[prop.type];
  if (scalar) return scalar(value) ? [] : [`${path}: not ${prop.type} (${JSON.stringify(value)})`];
  const members = model.enums.get(prop.type);
  if (members) return typeof value === 'string' && members.has(value) ? [] : [`${path}: ${JSON.stringify(value)} is not a ${prop.type}`];
  return objectViolations(value, prop.type, model, path);
}

function objectViolations(value: unknown, type: string, model: Model, path: string): string[] {
  const props = model.types.get(type);
  if (!props) return [`${path}: the spec has no type ${type}`];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [`${path}: not a ${type} object`];
  return Object.entries(value).flatMap(([key, v]) => {
    if (key.startsWith('@odata.')) return [];
    const prop = props.get(key);
    return prop ? violations(v, prop, model, `${path}.${key}`) : [`${path}.${key}: not a property of ${type}`];
  });
}

const DeltaPage = z.looseObject({
  value: z.array(z.record(z.string(), z.unknown())),
  '@odata.nextLink': z.string().optional(),
  '@odata.deltaLink': z.string().optional(),
});
const Removed = z.strictObject({
  '@odata.type': z.string().optional(),
  id: z.string().min(1),
  '@removed': z.strictObject({ reason: z.enum(['changed', 'deleted']) }),
});

describe('Microsoft Graph contract (the v1.0 CSDL and msgraph-typescript-typings)', () => {
  const model = csdlModel();
  model.types.set('graph.message', typingsInterface('Message'));
  const settings = O365Settings.parse({ privacy: { allowedDomains: ['acme.example'], includeSubjects: true } });
  const window = calendarWindow(new Date(), settings);
  const requests = [
    ...settings.folders.map((folder) => ({ entity: 'graph.message', request: messagesRequest(folder, settings) })),
    { entity: 'graph.event', request: eventsRequest({ startDateTime: window.start, endDateTime: window.end }) },
  ];
  let sim: O365Simulator;
  let baseUrl: string;
  let close: () => Promise<void>;
  let token: string;

  /** Every page of one delta round (next links until the delta link), as the connector asks for the first. */
  async function deltaRound(
    url: string,
    headers: Record<string, string>,
  ): Promise<{ items: Record<string, unknown>[]; deltaLink: string }> {
    const items: Record<string, unknown>[] = [];
    for (let next: string | undefined = url; ;) {
      const response: Response = await fetch(next, { headers: { ...headers, authorization: `Bearer ${token}` } });
      expect(response.status).toBe(200);
      const page = DeltaPage.parse(await response.json());
      items.push(...page.value);
      if (page['@odata.deltaLink']) return { items, deltaLink: page['@odata.deltaLink'] };
      next = page['@odata.nextLink'];
      if (!next) throw new Error('a delta page with neither a next link nor a delta link');
    }
  }
  const firstUrl = (r: (typeof requests)[number]['request']) =>
    `${baseUrl}${r.path}?${new URLSearchParams(Object.entries(r.query ?? {}).map(([k, v]): [string, string] => [k, String(v)]))}`;

  beforeAll(async () => {
    sim = createO365Simulator({ seed: 5, messagesPerFolder: 120, events: 40 });
    const server = await sim.start();
    baseUrl = server.url;
    close = () => server.close();
    token = (await connectO365(sim)).tokens['accessToken'] ?? '';
  });
  afterAll(async () => close?.());

  it('the two specs agree on the types the connector reads (the typings add navigation properties only)', () => {
    const xml = specFile('cleanMetadata-v1.0-extract.xml');
    for (const name of ['Event', 'Attendee', 'Recipient', 'EmailAddress', 'DateTimeTimeZone', 'ResponseStatus']) {
      const typed = typingsInterface(name);
      const csdl = [...(model.types.get(`graph.${lowerFirst(name)}`)?.keys() ?? [])];
      expect(
        csdl.filter((key) => !typed.has(key)),
        name,
      ).toEqual([]);
      expect(
        [...typed.keys()].filter((key) => !csdl.includes(key) && !xml.includes(`<NavigationProperty Name="${key}"`)),
        name,
      ).toEqual([]);
    }
  });

  it("the connector's $select names message properties only, never a body, preview, attachment or header", () => {
    const message = model.types.get('graph.message');
    for (const privacy of [settings.privacy, { ...settings.privacy, includeSubjects: false }]) {
      const select = String(messagesRequest('inbox', { ...settings, privacy }).query?.['$select']).split(',');
      expect(select.filter((field) => !message?.has(field))).toEqual([]);
      expect(select).not.toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^(body|bodyPreview|uniqueBody|attachments|hasAttachments|internetMessageHeaders)$/),
        ]),
      );
    }
  });

  it("the connector's requests call the delta functions Graph binds to messages and events, with their required options", () => {
    const xml = specFile('cleanMetadata-v1.0-extract.xml');
    for (const bound of ['Collection(graph.message)', 'Collection(graph.event)'])
      expect(xml).toContain(`<Parameter Name="bindingparameter" Type="${bound}"`);
    const calendar = requests.find((r) => r.entity === 'graph.event')?.request;
    expect(calendar?.path).toBe('/v1.0/me/calendarView/delta');
    for (const option of ['startDateTime', 'endDateTime']) {
      expect(xml).toMatch(
        new RegExp(
          `Name" String="${option}" />\\s*<PropertyValue Property="Description"[^>]*/>\\s*<PropertyValue Property="Required" Bool="true"`,
        ),
      );
      expect(z.iso.datetime({ offset: true }).safeParse(calendar?.query?.[option]).success).toBe(true);
    }
    for (const { request } of requests) expect(request.headers?.['Prefer']).toMatch(/^odata\.maxpagesize=50, outlook\.timezone="UTC"$/);
  });

  it("the sandbox's delta pages hold Graph messages and events, then @removed entries after vendor-side changes", async () => {
    const links: string[] = [];
    for (const { entity, request } of requests) {
      const round = await deltaRound(firstUrl(request), request.headers ?? {});
      expect(round.items.length).toBeGreaterThan(0);
      expect(round.items.flatMap((item, i) => objectViolations(item, entity, model, `${entity}[${i}]`))).toEqual([]);
      links.push(round.deltaLink);
    }
    sim.controls.mutate(12);
    const changes = await Promise.all(links.map((link, i) => deltaRound(link, requests[i]?.request.headers ?? {})));
    const removed = changes.flatMap((c) => c.items.filter((item) => '@removed' in item));
    expect(removed.length).toBeGreaterThan(0);
    for (const item of removed) expect(Removed.safeParse(item).success, JSON.stringify(item)).toBe(true);
    changes.forEach((c, i) => {
      const entity = requests[i]?.entity ?? '';
      const live = c.items.filter((item) => !('@removed' in item));
      expect(live.flatMap((item, n) => objectViolations(item, entity, model, `${entity}[${n}]`))).toEqual([]);
    });
  });
});
