import type { Hono } from 'hono';
import type { SimContext } from '../context.js';
import { jsonResponse, SalesforceApiError } from '../errors.js';
import { fieldName, type ObjectSchema } from '../schema.js';
import { locate, patchRecord } from '../store.js';
import type { ObjectName, SfSaveResult } from '../types.js';
import type { RecordedWrite } from '../writes.js';

type Failure = { statusCode: string; message: string };
interface Incoming {
  type: string;
  id: string | undefined;
  fields: Record<string, unknown>;
}

function parseRecords(body: unknown): { allOrNone: boolean; records: Incoming[] } {
  const root = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const records = root['records'];
  if (!Array.isArray(records)) throw new SalesforceApiError(400, 'JSON_PARSER_ERROR', 'Missing required field: records');
  if (records.length > 200) {
    throw new SalesforceApiError(400, 'EXCEEDED_ID_LIMIT', 'record limit reached. cannot submit more than 200 records into this call');
  }
  const incoming = records.map((raw): Incoming => {
    const { attributes, id, ...fields } = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
    const type = attributes && typeof attributes === 'object' ? (attributes as Record<string, unknown>)['type'] : undefined;
    return { type: typeof type === 'string' ? type : '', id: typeof id === 'string' ? id : undefined, fields };
  });
  return { allOrNone: root['allOrNone'] === true, records: incoming };
}

/** Unknown types and unknown (or unreadable) fields fail the whole request, as in Salesforce. */
function checkShape(ctx: SimContext, record: Incoming): ObjectSchema {
  const { store } = ctx;
  const schema = ctx.fields.visible(store.schemas).get(record.type.toLowerCase());
  if (!schema || !Object.hasOwn(store.data, schema.name)) {
    throw new SalesforceApiError(400, 'INVALID_TYPE', `sObject type '${record.type}' is not supported.`);
  }
  for (const key of Object.keys(record.fields)) {
    if (!fieldName(schema, key))
      throw new SalesforceApiError(400, 'INVALID_FIELD', `No such column '${key}' on sobject of type ${schema.name}`);
  }
  return schema;
}

function validate(ctx: SimContext, schema: ObjectSchema, record: Incoming): Failure | { object: ObjectName; index: number } {
  if (!record.id) return { statusCode: 'MISSING_ARGUMENT', message: 'Id not specified in an update call' };
  const found = locate(ctx.store, record.id);
  if (!/^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/.test(record.id) || (found && found.object !== schema.name)) {
    return { statusCode: 'MALFORMED_ID', message: `${schema.name} ID: id value of incorrect type: ${record.id}` };
  }
  if (!found) return { statusCode: 'INVALID_CROSS_REFERENCE_KEY', message: 'invalid cross reference id' };
  if (ctx.store.data[found.object].isRemoved(found.index)) return { statusCode: 'ENTITY_IS_DELETED', message: 'entity is deleted' };
  for (const [key, value] of Object.entries(record.fields)) {
    const field = fieldName(schema, key) ?? key;
    if (!schema.updatable.includes(field)) {
      return {
        statusCode: 'INVALID_FIELD_FOR_INSERT_UPDATE',
        message: `Unable to create/update fields: ${field}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`,
      };
    }
    if (value !== null && typeof value !== 'number')
      return { statusCode: 'INVALID_TYPE_ON_FIELD_IN_RECORD', message: `${field}: value not of required type: ${String(value)}` };
  }
  return ctx.writes.failureFor(record.id) ?? found;
}

function apply(
  ctx: SimContext,
  schema: ObjectSchema,
  target: { object: ObjectName; index: number },
  fields: Record<string, unknown>,
): void {
  const named = Object.fromEntries(Object.entries(fields).map(([key, value]) => [fieldName(schema, key) ?? key, value]));
  patchRecord(ctx.store, target.object, target.index, named);
}

const ROLLED_BACK = {
  statusCode: 'ALL_OR_NONE_OPERATION_ROLLED_BACK',
  message: 'Record rolled back because not all records were valid and the request was using AllOrNone header',
};

/**
 * `PATCH /services/data/vXX.X/composite/sobjects`: up to 200 records, each
 * `{attributes: {type}, id, ...fields}`; SaveResults in request order. With
 * `allOrNone: false` each record succeeds or fails alone; with `true` one
 * failure rolls every record back. Every call is recorded.
 * https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_sobjects_collections_update.htm
 */
export function mountComposite(app: Hono, ctx: SimContext): void {
  app.patch('/services/data/:version/composite/sobjects', async (c) => {
    const { allOrNone, records } = parseRecords(await c.req.json().catch(() => undefined));
    const schemas = records.map((r) => checkShape(ctx, r));
    const checked = records.map((r, i) => validate(ctx, schemas[i] as ObjectSchema, r));
    const failed = checked.some((r) => 'statusCode' in r);
    const outcomes = checked.map((r, i): Failure | undefined => {
      if ('statusCode' in r) return r;
      if (allOrNone && failed) return ROLLED_BACK;
      apply(ctx, schemas[i] as ObjectSchema, r, records[i]?.fields ?? {});
      return undefined;
    });
    const writes: RecordedWrite[] = records.map((r, i) => ({
      ...r,
      success: outcomes[i] === undefined,
      ...(outcomes[i] ? { error: outcomes[i] } : {}),
    }));
    ctx.writes.record({ allOrNone, writes });
    const body: SfSaveResult[] = records.map((r, i) => {
      const failure = outcomes[i];
      return failure ? { success: false, errors: [{ ...failure, fields: [] }] } : { id: r.id ?? '', success: true, errors: [] };
    });
    return jsonResponse(body, 200);
  });
}
