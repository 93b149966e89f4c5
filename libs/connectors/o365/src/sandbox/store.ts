import type { Scope, SimEvent, SimMessage, Stored } from './types.js';

type Item = SimMessage | SimEvent;

/** What one delta walk covers: changes after `since` up to `upTo` (the sequence when the walk began). */
export interface DeltaWalk {
  scope: Scope;
  /** -1 for an initial walk (every live item), else the sequence of the delta link. */
  since: number;
  upTo: number;
  /** The order key of the last item served (the `$skiptoken` position). */
  after: number;
  /** Calendar window (ISO), for calendarView. */
  start?: string;
  end?: string;
}

/** One page of a walk: Graph items (live ones, or `@removed` entries) and where the walk is. */
export interface WalkPage {
  items: { entry: Stored<Item>; order: number }[];
  /** The next position, or null at the end of the walk. */
  after: number | null;
}

/**
 * The simulated mailbox: items per scope with a change sequence, so a delta
 * walk can serve "everything" (initial) or "what changed after a delta
 * link". Deleted items are kept as tombstones for later deltas.
 */
export class MailboxStore {
  private seq = 0;
  private order = 0;
  private readonly scopes = new Map<Scope, Map<string, Stored<Item> & { order: number }>>();

  /** The sequence now: a delta link issued now covers changes after it. */
  get now(): number {
    return this.seq;
  }

  put(scope: Scope, item: Item): void {
    const map = this.scope(scope);
    const existing = map.get(item.id);
    map.set(item.id, { item, seq: ++this.seq, deleted: false, order: existing?.order ?? ++this.order });
  }

  remove(scope: Scope, id: string): boolean {
    const entry = this.scope(scope).get(id);
    if (!entry || entry.deleted) return false;
    entry.deleted = true;
    entry.seq = ++this.seq;
    return true;
  }

  get(scope: Scope, id: string): Item | undefined {
    const entry = this.scope(scope).get(id);
    return entry && !entry.deleted ? entry.item : undefined;
  }

  /** Live items of a scope, in creation order. */
  live(scope: Scope): Item[] {
    return [...this.scope(scope).values()].filter((e) => !e.deleted).map((e) => e.item);
  }

  /** A page of `size` entries of a walk, after its position. */
  page(walk: DeltaWalk, size: number): WalkPage {
    const inWindow = (e: Stored<Item>) => e.deleted || walk.start === undefined || startsIn(e.item, walk.start, walk.end ?? walk.start);
    const matching = [...this.scope(walk.scope).values()]
      .filter((e) => e.order > walk.after && e.seq <= walk.upTo && inWindow(e))
      .filter((e) => (walk.since < 0 ? !e.deleted : e.seq > walk.since))
      .sort((a, b) => a.order - b.order);
    const items = matching.slice(0, size).map((entry) => ({ entry, order: entry.order }));
    const last = items.at(-1);
    return { items, after: matching.length > size && last ? last.order : null };
  }

  private scope(scope: Scope) {
    let map = this.scopes.get(scope);
    if (!map) this.scopes.set(scope, (map = new Map()));
    return map;
  }
}

/** Whether a calendar item starts inside [start, end). Messages are never windowed. */
function startsIn(item: Item, start: string, end: string): boolean {
  if (!('start' in item)) return true;
  const at = Date.parse(`${item.start.dateTime.slice(0, 23)}Z`);
  return at >= Date.parse(start) && at < Date.parse(end);
}
