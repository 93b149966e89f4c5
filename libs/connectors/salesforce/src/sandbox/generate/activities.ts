import { fake, type Rng } from '@tributary/sandbox';
import { sfDate, sfDateTime } from '../clock.js';
import type { SfEvent, SfTask } from '../types.js';
import type { World } from '../world.js';
import { systemFields, type Stamp } from './common.js';
import { contactAccountIndex } from './people.js';

/** Who an activity is about: a contact (and its account) or a lead. */
export interface Who {
  whoId: string | null;
  accountId: string | null;
}

/** A contact two times in three (with its account), else a lead. */
export function pickWho(world: World, rng: Rng): Who {
  const { contacts, leads } = world.sizes;
  if (contacts > 0 && (leads === 0 || rng.chance(0.67))) {
    const contact = rng.int(0, contacts - 1);
    const account = contactAccountIndex(world, contact);
    return { whoId: world.ids.Contact.encode(contact), accountId: account === null ? null : world.ids.Account.encode(account) };
  }
  return { whoId: leads > 0 ? world.ids.Lead.encode(rng.int(0, leads - 1)) : null, accountId: null };
}

const SUBTYPES = { Email: 50, Call: 25, Task: 25 } as const;

/** Task `index`: a logged email, call or to-do. */
export function generateTask(world: World, index: number, rng: Rng, stamp: Stamp, who: Who): SfTask {
  const subtype = rng.weighted(SUBTYPES);
  const done = rng.chance(0.8);
  return {
    ...systemFields(world, 'Task', index, rng, stamp),
    Subject: subtype === 'Email' ? `Email: ${fake.sentence(rng)}` : subtype === 'Call' ? 'Call' : fake.sentence(rng),
    WhoId: who.whoId,
    WhatId: who.accountId && rng.chance(0.3) ? who.accountId : null,
    AccountId: who.accountId,
    Type: subtype === 'Task' ? 'Other' : subtype,
    TaskSubtype: subtype,
    Status: done ? 'Completed' : 'Not Started',
    Priority: rng.pick(['High', 'Normal', 'Normal', 'Low']),
    IsClosed: done,
    ActivityDate: sfDate(stamp.created),
    IsArchived: false,
  };
}

/** Event `index`: a meeting of 30 or 60 minutes, starting near its creation. */
export function generateEvent(world: World, index: number, rng: Rng, stamp: Stamp, who: Who): SfEvent {
  const start = stamp.created + rng.int(1, 14) * 3_600_000;
  const minutes = rng.pick([30, 30, 60]);
  return {
    ...systemFields(world, 'Event', index, rng, stamp),
    Subject: `Meeting: ${fake.sentence(rng, 2)}`,
    WhoId: who.whoId,
    WhatId: who.accountId,
    AccountId: who.accountId,
    Type: 'Meeting',
    EventSubtype: 'Event',
    StartDateTime: sfDateTime(start),
    EndDateTime: sfDateTime(start + minutes * 60_000),
    ActivityDateTime: sfDateTime(start),
    ActivityDate: sfDate(start),
    DurationInMinutes: minutes,
    IsAllDayEvent: false,
    Location: rng.chance(0.5) ? 'Zoom' : null,
    IsArchived: false,
  };
}
