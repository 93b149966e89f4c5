import { defineStream } from '@tributary/core';
import { DelivraiContact, DelivraiList } from '../api.js';

/**
 * `GET /v1/contacts?updated_since=` -> Person: the contacts changed since the
 * last sync, oldest change first; archived contacts become tombstones.
 */
export const contacts = defineStream({
  name: 'contacts',
  entity: 'person',
  description: 'Contacts (archived ones become tombstones)',
  label: 'contact',
  request: (window) => ({ path: '/v1/contacts', query: { updated_since: window.since ?? undefined } }),
  response: DelivraiList,
  schema: DelivraiContact,
  // Stamps are stored to the second and changes commit late: re-read five minutes before the watermark.
  incremental: { type: 'updatedSince', cursorField: 'updated_at', overlapMs: 5 * 60_000 },
  derive: () => ({ kind: 'contact' }),
  isDeleted: (raw) => raw['archived'] === true,
});
