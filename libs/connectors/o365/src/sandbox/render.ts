import type { SimEvent, SimMessage } from './types.js';

/** A `$select` naming a property the entity does not have (Graph answers 400). */
export class SelectError extends Error {}

/**
 * Message properties the simulator serves; `body`, `bodyPreview` and
 * `uniqueBody` are left out: the connection holds Mail.ReadBasic, which
 * excludes them (https://learn.microsoft.com/en-us/graph/permissions-reference#mailreadbasic).
 */
const MESSAGE_FIELDS = [
  'createdDateTime',
  'lastModifiedDateTime',
  'changeKey',
  'receivedDateTime',
  'sentDateTime',
  'subject',
  'importance',
  'isRead',
  'isDraft',
  'hasAttachments',
  'internetMessageId',
  'conversationId',
  'parentFolderId',
  'webLink',
  'sender',
  'from',
  'toRecipients',
  'ccRecipients',
  'bccRecipients',
  'replyTo',
] as const;
const KNOWN = new Set<string>(MESSAGE_FIELDS);
/** Properties a message has but Mail.ReadBasic does not return (asking for them is not an error). */
const WITHHELD = new Set([
  'body',
  'bodyPreview',
  'uniqueBody',
  'categories',
  'flag',
  'inferenceClassification',
  'internetMessageHeaders',
  'isDeliveryReceiptRequested',
  'isReadReceiptRequested',
  'conversationIndex',
]);

/** A message as Graph returns it: its `@odata` annotations, id and the selected (else default) properties. */
function renderMessage(m: SimMessage, select: string | undefined): Record<string, unknown> {
  const asked = select
    ? select
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [...MESSAGE_FIELDS];
  const all: Record<string, unknown> = { ...m };
  const fields: Record<string, unknown> = {};
  for (const name of asked) {
    if (name === 'id' || WITHHELD.has(name)) continue;
    if (!KNOWN.has(name)) {
      throw new SelectError(`Could not find a property named '${name}' on type 'microsoft.graph.message'.`);
    }
    fields[name] = all[name];
  }
  return { '@odata.type': '#microsoft.graph.message', '@odata.etag': `W/"${m.changeKey}"`, id: m.id, ...fields };
}

/** An event as calendarView delta returns it: every property, body and location included (screening is the client's job). */
function renderEvent(e: SimEvent): Record<string, unknown> {
  return { '@odata.type': '#microsoft.graph.event', '@odata.etag': `W/"${e.changeKey}"`, ...e };
}

/**
 * An item of a delta page: a deletion is `{id, "@removed": {"reason": "deleted"}}`.
 *
 * @example
 * renderItem(message, true) // { '@odata.type': '#microsoft.graph.message', id, '@removed': { reason: 'deleted' } }
 */
export function renderItem(item: SimMessage | SimEvent, deleted: boolean, select?: string): Record<string, unknown> {
  const type = 'folder' in item ? '#microsoft.graph.message' : '#microsoft.graph.event';
  if (deleted) return { '@odata.type': type, id: item.id, '@removed': { reason: 'deleted' } };
  if ('folder' in item) return renderMessage(item, select);
  return renderEvent(item);
}
