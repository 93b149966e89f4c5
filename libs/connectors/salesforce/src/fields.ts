import type { HttpClient } from '@tributary/core';
import { dataPath, SalesforceDescribe } from './api.js';
import type { SObjectShape } from './shape.js';

/**
 * The fields of `object` the user can read, lower-cased: `describe` leaves
 * out the fields field-level security hides
 * (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_sobject_describe.htm).
 */
export async function readableFields(http: HttpClient, object: string): Promise<ReadonlySet<string>> {
  const { data } = await http.request({ path: dataPath(`sobjects/${object}/describe`) }, SalesforceDescribe);
  return new Set(data.fields.map((f) => f.name.toLowerCase()));
}

/** Which of a stream's fields to select, and which it reads but the user cannot (`Object.Field`). */
export interface FieldAccess {
  fields: string[];
  hidden: string[];
}

/** `Contact.Email` -> ['Contact', 'Email']. */
const split = (path: string): [string, string] => {
  const dot = path.indexOf('.');
  return [path.slice(0, dot), path.slice(dot + 1)];
};

/**
 * Describe the stream's object (and the objects its subqueries read) and
 * keep the fields the user can read. Currency fields that do not exist
 * (a single-currency org) are left out without being hidden.
 *
 * @example
 * await fieldAccess(http, ACCOUNT) // { fields: ['Name', 'Website', ...], hidden: ['Account.AnnualRevenue'] }
 */
export async function fieldAccess(http: HttpClient, spec: SObjectShape): Promise<FieldAccess> {
  const own = await readableFields(http, spec.object);
  const readable = (field: string) => own.has(field.toLowerCase());
  const fields = [...spec.fields, ...(spec.currencyFields ?? [])].filter(readable);
  const hidden = spec.fields.filter((f) => !readable(f)).map((f) => `${spec.object}.${f}`);
  const related = [...new Set((spec.subqueries ?? []).flatMap((q) => q.reads))];
  const objects = [...new Set(related.map((path) => split(path)[0]))];
  for (const object of objects) {
    const visible = object === spec.object ? own : await readableFields(http, object);
    hidden.push(...related.filter((p) => split(p)[0] === object && !visible.has(split(p)[1].toLowerCase())));
  }
  return { fields, hidden };
}
