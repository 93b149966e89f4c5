import {
  ConfigError,
  isConnectorError,
  type ConnectorContext,
  type HttpClient,
  type WritebackItem,
  type WritebackResult,
} from '@tributary/core';
import { dataPath, SALESFORCE_COLLECTION_LIMIT, SalesforceSaveResults } from './api.js';
import { SalesforceSettings, type WritebackSettings } from './settings.js';

/**
 * The logical field name for the engagement score in a writeback item:
 * the connector writes it to the field configured for the record's object
 * (`writeback.fields.contact|lead|account`, `Tributary_Score__c` by default).
 */
export const SCORE_FIELD = 'score';

type SObject = 'Contact' | 'Lead' | 'Account';
const OBJECT_BY_STREAM: Readonly<Record<string, SObject>> = { contacts: 'Contact', leads: 'Lead', accounts: 'Account' };
const OBJECT_BY_PREFIX: Readonly<Record<string, SObject>> = { '003': 'Contact', '00Q': 'Lead', '001': 'Account' };
const SALESFORCE_ID = /^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/;

interface Ready {
  index: number;
  record: Record<string, unknown> & { attributes: { type: SObject }; id: string };
}

function objectOf(item: WritebackItem): SObject | undefined {
  const object = OBJECT_BY_STREAM[item.stream] ?? OBJECT_BY_PREFIX[item.externalId.slice(0, 3)];
  if (!object) return undefined;
  return (object === 'Account') === (item.entity === 'account') ? object : undefined;
}

function fieldFor(object: SObject, settings: WritebackSettings): string {
  return object === 'Contact' ? settings.fields.contact : object === 'Lead' ? settings.fields.lead : settings.fields.account;
}

/** An item as a collection record, or why it cannot be written (only the configured score field may be). */
export function prepareItem(
  item: WritebackItem,
  settings: WritebackSettings,
): { ok: true; record: Ready['record'] } | { ok: false; error: string } {
  const object = objectOf(item);
  if (!object) return { ok: false, error: `Cannot write a ${item.entity} from stream "${item.stream}" back to Salesforce` };
  if (!SALESFORCE_ID.test(item.externalId)) return { ok: false, error: `"${item.externalId}" is not a Salesforce record id` };
  const allowed = fieldFor(object, settings);
  const record: Ready['record'] = { attributes: { type: object }, id: item.externalId };
  for (const [key, value] of Object.entries(item.fields)) {
    const field = key === SCORE_FIELD ? allowed : key;
    if (field !== allowed) return { ok: false, error: `Field "${key}" is not enabled for writeback on ${object} (only ${allowed})` };
    if (value !== null && !['number', 'string', 'boolean'].includes(typeof value))
      return { ok: false, error: `Field "${key}" has an unsupported value` };
    record[field] = typeof value === 'number' && !Number.isFinite(value) ? null : value;
  }
  return { ok: true, record };
}

const describe = (errors: readonly { statusCode: string; message: string }[]) =>
  errors.map((e) => `${e.statusCode}: ${e.message}`).join('; ') || 'Salesforce did not say why';

/**
 * One composite sObject collections call, `allOrNone: false` so each record
 * succeeds or fails on its own; SaveResults come back in request order
 * (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_sobjects_collections_update.htm).
 * A request Salesforce refuses as a whole (an unknown field) fails each of
 * its records with that reason; auth, rate-limit and outage errors are thrown.
 */
async function saveBatch(http: HttpClient, batch: readonly Ready[]): Promise<WritebackResult[]> {
  const fail = (error: string) => batch.map(({ record }) => ({ externalId: record.id, ok: false, error }));
  try {
    const { data } = await http.request(
      {
        method: 'PATCH',
        path: dataPath('composite/sobjects'),
        json: { allOrNone: false, records: batch.map((b) => b.record) },
        idempotent: true,
      },
      SalesforceSaveResults,
    );
    return batch.map(({ record }, i) => {
      const result = data[i];
      if (!result) return { externalId: record.id, ok: false, error: 'Salesforce returned no result for this record' };
      return result.success ? { externalId: record.id, ok: true } : { externalId: record.id, ok: false, error: describe(result.errors) };
    });
  } catch (error) {
    if (isConnectorError(error) && (error.kind === 'vendor' || error.kind === 'validation')) return fail(error.message);
    throw error;
  }
}

/**
 * Write fields (the engagement score) back to contacts, leads and accounts
 * in batches of 200, grouped by object. Returns one result per item, in
 * the items' order; failures keep Salesforce's reason. Refused unless the
 * connection opted in (`writeback.enabled`).
 */
export async function salesforceWriteback(items: readonly WritebackItem[], ctx: ConnectorContext<unknown>): Promise<WritebackResult[]> {
  const settings = SalesforceSettings.parse(ctx.settings ?? {}).writeback;
  if (!settings.enabled) {
    throw new ConfigError('Writeback is off for this Salesforce connection; turn on writeback in its settings to write scores back');
  }
  const results: Array<WritebackResult | undefined> = items.map(() => undefined);
  const ready: Ready[] = [];
  items.forEach((item, index) => {
    const prepared = prepareItem(item, settings);
    if (prepared.ok) ready.push({ index, record: prepared.record });
    else results[index] = { externalId: item.externalId, ok: false, error: prepared.error };
  });
  // Grouped by object: a request is processed in chunks of one type, at most ten chunks a call.
  ready.sort((a, b) => a.record.attributes.type.localeCompare(b.record.attributes.type) || a.index - b.index);
  for (let i = 0; i < ready.length; i += SALESFORCE_COLLECTION_LIMIT) {
    const batch = ready.slice(i, i + SALESFORCE_COLLECTION_LIMIT);
    const saved = await saveBatch(ctx.http, batch);
    batch.forEach((entry, k) => (results[entry.index] = saved[k]));
  }
  const final = results.map((r, i) => r ?? { externalId: items[i]?.externalId ?? '', ok: false, error: 'not written' });
  const failed = final.filter((r) => !r.ok);
  if (failed.length > 0) {
    ctx.logger.warn(
      { failed: failed.length, total: items.length, first: failed.slice(0, 3) },
      'Salesforce writeback: some records were not written',
    );
  }
  return final;
}
