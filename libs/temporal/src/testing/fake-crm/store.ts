/** One contact at the fake CRM. `seq` is the change number of its last change. */
export interface CrmContact {
  id: string;
  email: string;
  name: string;
  seq: number;
  deleted: boolean;
}

export interface CrmStore {
  /** Live and deleted contacts by id, in id order. */
  contacts: Map<string, CrmContact>;
  /** The last change number handed out. */
  seq: number;
  /** Engagement scores written back, by contact id. */
  scores: Map<string, number>;
  /** Contacts whose score writes the CRM refuses (a per-record writeback failure). */
  lockedScores: Set<string>;
}

const idOf = (i: number) => `c_${String(i).padStart(6, '0')}`;

/**
 * `count` contacts, the same on every call. Indexes in `poison` carry a NUL
 * character (PostgreSQL refuses it, so their batch ends in dead letters);
 * indexes in `malformed` have an invalid email (a record dead letter).
 */
export function createStore(count: number, options: { poison?: number[]; malformed?: number[] } = {}): CrmStore {
  const contacts = new Map<string, CrmContact>();
  const poison = new Set(options.poison ?? []);
  const malformed = new Set(options.malformed ?? []);
  for (let i = 0; i < count; i++) {
    const name = poison.has(i) ? `Poison\u0000${i}` : `Person ${i}`;
    const email = malformed.has(i) ? `broken-${i}` : `Person${i}@Example.com`;
    contacts.set(idOf(i), { id: idOf(i), email, name, seq: i + 1, deleted: false });
  }
  return { contacts, seq: count, scores: new Map(), lockedScores: new Set() };
}

/** Vendor-side changes, each with a new change number (what an incremental sync reads). */
export function createMutations(store: CrmStore) {
  const live = () => [...store.contacts.values()].filter((c) => !c.deleted);
  const touch = (c: CrmContact) => {
    c.seq = ++store.seq;
  };
  return {
    /** Rename the first `n` live contacts; returns their ids. */
    update(n: number): string[] {
      return live()
        .slice(0, n)
        .map((c) => {
          c.name = `${c.name} (edited ${store.seq + 1})`;
          touch(c);
          return c.id;
        });
    },
    /** Add `n` contacts at the end; returns their ids. */
    add(n: number): string[] {
      const ids: string[] = [];
      for (let i = 0; i < n; i++) {
        const id = idOf(store.contacts.size);
        store.contacts.set(id, { id, email: `new${store.contacts.size}@example.com`, name: `New ${id}`, seq: 0, deleted: false });
        touch(store.contacts.get(id) as CrmContact);
        ids.push(id);
      }
      return ids;
    },
    /** Delete the last `n` live contacts; returns their ids. */
    remove(n: number): string[] {
      return live()
        .slice(-n)
        .map((c) => {
          c.deleted = true;
          touch(c);
          return c.id;
        });
    },
  };
}
