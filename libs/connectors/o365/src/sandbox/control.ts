import type { SimPerson } from './types.js';
import type { MailboxStore } from './store.js';
import { makeEvent, makeMessage, recipient } from './world.js';

/** What a mutation changed, by scope and id (the conformance target computes its expectations from the data). */
export interface ChangeLog {
  created: string[];
  updated: string[];
  deleted: string[];
}

/** Vendor-side changes a test makes in the simulated mailbox. */
export interface O365Controls {
  /** New mail arrives in the Inbox (`n` messages). */
  receive(n?: number): string[];
  /** The user sends `n` messages (Sent Items). */
  send(n?: number): string[];
  /** The user reads (or unreads) a message: only properties Tributary does not keep change. */
  markRead(folder: 'inbox' | 'sentitems', id: string): void;
  /** A message or meeting is deleted (a delta then answers `@removed`). */
  remove(scope: 'inbox' | 'sentitems' | 'calendar', id: string): boolean;
  /** A meeting moves by `minutes`. */
  moveMeeting(id: string, minutes: number): void;
  /** Someone is added to a meeting. */
  invite(id: string, person: SimPerson): void;
  /** A new meeting `daysFromNow` days ahead. */
  schedule(daysFromNow?: number): string;
  /** Every delta and skip token issued so far expires (the next call answers syncStateNotFound / resyncRequired). */
  expireDeltaTokens(): void;
  /** `n` mixed changes (new mail, deletions, moved and new meetings), deterministic. */
  mutate(n: number): ChangeLog;
}

/** The controls over one simulator's store. */
export function createControls(store: MailboxStore, seed: number, now: () => number, bumpEpoch: () => void): O365Controls {
  let next = 1_000_000;
  const stamp = () => new Date(now()).toISOString().replace('.000Z', 'Z');
  const touch = <T extends { lastModifiedDateTime: string; changeKey: string }>(item: T): T => ({
    ...item,
    lastModifiedDateTime: stamp(),
    changeKey: `${item.changeKey.slice(0, 12)}${(next++).toString(36)}`,
  });
  const arrive = (folder: 'inbox' | 'sentitems', n: number) =>
    Array.from({ length: n }, () => {
      const message = makeMessage(seed, folder, next++, now());
      store.put(folder, message);
      return message.id;
    });
  const event = (id: string) => {
    const found = store.get('calendar', id);
    if (!found || !('start' in found)) throw new Error(`No meeting ${id}`);
    return found;
  };
  const controls: O365Controls = {
    receive: (n = 1) => arrive('inbox', n),
    send: (n = 1) => arrive('sentitems', n),
    markRead(folder, id) {
      const m = store.get(folder, id);
      if (m && 'folder' in m) store.put(folder, touch({ ...m, isRead: !m.isRead }));
    },
    remove: (scope, id) => store.remove(scope, id),
    moveMeeting(id, minutes) {
      const e = event(id);
      const shift = (d: { dateTime: string; timeZone: string }) => ({
        ...d,
        dateTime: new Date(Date.parse(`${d.dateTime.slice(0, 23)}Z`) + minutes * 60_000).toISOString().replace('Z', '0000'),
      });
      store.put('calendar', touch({ ...e, start: shift(e.start), end: shift(e.end) }));
    },
    invite(id, person) {
      const e = event(id);
      const status = { response: 'none' as const, time: stamp() };
      store.put('calendar', touch({ ...e, attendees: [...e.attendees, { ...recipient(person), type: 'optional' as const, status }] }));
    },
    schedule(daysFromNow = 7) {
      const start = Math.floor((now() + daysFromNow * 86_400_000) / 1_800_000) * 1_800_000;
      const local = (ms: number) => ({ dateTime: new Date(ms).toISOString().replace('Z', '0000'), timeZone: 'UTC' });
      const e = { ...makeEvent(seed, next++, now()), start: local(start), end: local(start + 30 * 60_000) };
      store.put('calendar', e);
      return e.id;
    },
    expireDeltaTokens: bumpEpoch,
    mutate: (n) => mutate(controls, store, n),
  };
  return controls;
}

/** `n` changes cycling through new mail, a deleted message, a moved meeting and a new meeting. */
function mutate(controls: O365Controls, store: MailboxStore, n: number): ChangeLog {
  const log: ChangeLog = { created: [], updated: [], deleted: [] };
  const inbox = store.live('inbox');
  const meetings = store.live('calendar');
  for (let k = 0; k < n; k++) {
    const step = k % 4;
    if (step === 0) log.created.push(...controls.receive(1));
    if (step === 1) {
      const victim = inbox[k];
      if (victim && controls.remove('inbox', victim.id)) log.deleted.push(victim.id);
    }
    if (step === 2) {
      const moved = meetings[k];
      if (moved) {
        controls.moveMeeting(moved.id, 60);
        log.updated.push(moved.id);
      }
    }
    if (step === 3) log.created.push(controls.send(1)[0] ?? '');
  }
  return log;
}
