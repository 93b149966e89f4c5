import type { Context, Hono } from 'hono';
import type { SimContext } from '../context.js';
import { deletedBetween } from '../deleted.js';
import { jsonResponse, notFound } from '../errors.js';
import type { FieldType, ObjectSchema } from '../schema.js';
import { isObjectName } from '../types.js';
import { KEY_PREFIXES } from '../world.js';

const OTHER_PREFIXES: Readonly<Record<string, string>> = { Organization: '00D', CurrencyType: '01L' };
const SYSTEM_FIELDS = new Set(['Id', 'IsDeleted', 'CreatedDate', 'LastModifiedDate', 'SystemModstamp', 'OwnerId']);

/** `AnnualRevenue` -> `Annual Revenue`, `AccountId` -> `Account ID`. */
const labelOf = (name: string) =>
  name
    .replace(/__c$/, '')
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/ Id$/, ' ID');

function describeField(schema: ObjectSchema, name: string, type: FieldType) {
  const lookup = Object.entries(schema.parents).find(([, p]) => p.field === name);
  return {
    name,
    label: labelOf(name),
    type,
    custom: name.endsWith('__c'),
    nillable: !SYSTEM_FIELDS.has(name) && type !== 'boolean',
    createable: !SYSTEM_FIELDS.has(name),
    updateable: !SYSTEM_FIELDS.has(name),
    filterable: true,
    sortable: true,
    referenceTo: lookup ? [lookup[1].object] : type === 'reference' ? ['User'] : [],
    relationshipName: lookup ? lookup[0] : null,
  };
}

/** The describe of an object as the integration user sees it: fields hidden by field-level security are left out. */
function describe(c: Context, schema: ObjectSchema) {
  const version = c.req.param('version') ?? '';
  const base = `/services/data/${version}/sobjects/${schema.name}`;
  return {
    name: schema.name,
    label: labelOf(schema.name),
    keyPrefix: isObjectName(schema.name) ? KEY_PREFIXES[schema.name] : (OTHER_PREFIXES[schema.name] ?? null),
    custom: false,
    queryable: true,
    retrieveable: true,
    replicateable: isObjectName(schema.name),
    updateable: schema.updatable.length > 0,
    fields: Object.entries(schema.fields).map(([name, type]) => describeField(schema, name, type)),
    childRelationships: Object.entries(schema.children).map(([relationshipName, child]) => ({
      relationshipName,
      childSObject: child.object,
      field: child.field,
    })),
    urls: { sobject: base, describe: `${base}/describe`, rowTemplate: `${base}/{ID}` },
  };
}

function objectOf(ctx: SimContext, c: Context): ObjectSchema {
  const schema = ctx.fields.visible(ctx.store.schemas).get((c.req.param('object') ?? '').toLowerCase());
  if (!schema) throw notFound();
  return schema;
}

/**
 * `GET /sobjects/{Object}/describe`: the object's fields the user can read
 * (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_sobject_describe.htm);
 * `GET /sobjects/{Object}/deleted/?start=&end=`: its deletions still in the
 * Recycle Bin and `earliestDateAvailable`
 * (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_getdeleted.htm).
 * Unknown objects are 404 `NOT_FOUND`.
 */
export function mountSObjects(app: Hono, ctx: SimContext): void {
  for (const path of ['/services/data/:version/sobjects/:object/describe', '/services/data/:version/sobjects/:object/describe/']) {
    app.get(path, (c) => jsonResponse(describe(c, objectOf(ctx, c)), 200));
  }
  for (const path of ['/services/data/:version/sobjects/:object/deleted', '/services/data/:version/sobjects/:object/deleted/']) {
    app.get(path, (c) => {
      const { name } = objectOf(ctx, c);
      if (!isObjectName(name)) throw notFound();
      return jsonResponse(deletedBetween(ctx.store, name, c.req.query('start'), c.req.query('end')), 200);
    });
  }
}
