import { isConnectorError, type HttpClient } from '@tributary/core';
import { fieldAccess } from './fields.js';
import { SALESFORCE_MAPPINGS } from './mappings.js';
import { SOBJECTS } from './streams/index.js';
import type { SObjectSpec } from './streams/sobject.js';

/** A field the connector reads that the integration user cannot, and the canonical fields it would fill (`account.annualRevenue`). */
export interface HiddenField {
  field: string;
  feeds: string[];
}

/** The canonical fields (`entity.field`) a stream fills from `Object.Field`: default mappings and what `derive` reads. */
function feedsOf(spec: SObjectSpec<unknown>, path: string): string[] {
  const field = path.startsWith(`${spec.object}.`) ? path.slice(spec.object.length + 1) : path;
  const mapped = SALESFORCE_MAPPINGS.filter((m) => m.stream === spec.name && m.source === field).map((m) => m.target);
  return [...mapped, ...(spec.feeds?.[field] ?? [])].map((target) => `${spec.entity}.${target}`);
}

/** The hidden fields of one stream; an object the user cannot describe at all (404) is hidden whole. */
async function hiddenIn(http: HttpClient, spec: SObjectSpec<unknown>): Promise<HiddenField[]> {
  try {
    const { hidden } = await fieldAccess(http, spec);
    return hidden.map((field) => ({ field, feeds: feedsOf(spec, field) }));
  } catch (error) {
    if (!(isConnectorError(error) && error.status === 404)) throw error;
    return [{ field: spec.object, feeds: [spec.entity] }];
  }
}

/**
 * Every field the connector reads that field-level security hides from the
 * integration user, merged across streams (`Contact.Email` fills a person's
 * email and a deal's contact email), with what each would fill.
 *
 * @example
 * await hiddenFields(http) // [{ field: 'Account.AnnualRevenue', feeds: ['account.annualRevenue'] }]
 */
export async function hiddenFields(http: HttpClient): Promise<HiddenField[]> {
  const byField = new Map<string, Set<string>>();
  for (const spec of SOBJECTS) {
    for (const hidden of await hiddenIn(http, spec)) {
      const feeds = byField.get(hidden.field) ?? new Set<string>();
      hidden.feeds.forEach((f) => feeds.add(f));
      byField.set(hidden.field, feeds);
    }
  }
  return [...byField].map(([field, feeds]) => ({ field, feeds: [...feeds] }));
}

/**
 * What to tell an admin about hidden fields the canonical records need
 * (undefined when there are none).
 *
 * @example
 * hiddenFieldsMessage([{ field: 'Task.TaskSubtype', feeds: ['activity.type'] }])
 * // 'The integration user cannot read 1 field Tributary maps (field-level security): Task.TaskSubtype (activity.type). ...'
 */
export function hiddenFieldsMessage(hidden: readonly HiddenField[]): string | undefined {
  const needed = hidden.filter((h) => h.feeds.length > 0);
  if (needed.length === 0) return undefined;
  const list = needed.map((h) => `${h.field} (${h.feeds.join(', ')})`).join(', ');
  const count = `${needed.length} field${needed.length === 1 ? '' : 's'}`;
  return `The integration user cannot read ${count} Tributary maps (field-level security): ${list}. Those values are stored empty until the user's profile or a permission set grants read access to them.`;
}
