import type { StreamName } from '../cursor.js';
import { accounts } from './accounts.js';
import { events, tasks } from './activities.js';
import { contacts } from './contacts.js';
import { leads } from './leads.js';
import { opportunities } from './opportunities.js';
import type { SalesforceStream } from './stream.js';

/** Every sync round reads the objects in this order. */
export const STREAMS: readonly SalesforceStream[] = [accounts, contacts, leads, opportunities, tasks, events];

/** The stream of a name (every name has one). */
export function streamByName(name: StreamName): SalesforceStream {
  const stream = STREAMS.find((s) => s.name === name);
  if (!stream) throw new Error(`Unknown Salesforce stream ${name}`);
  return stream;
}

/** The stream read after `name`, or undefined after the last one. */
export function nextStream(name: StreamName): SalesforceStream | undefined {
  return STREAMS[STREAMS.findIndex((s) => s.name === name) + 1];
}

export { accounts, contacts, events, leads, opportunities, tasks };
export * from './stream.js';
