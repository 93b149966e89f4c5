import { defineConnector, type SyncRecord, type WritebackItem } from '@tributary/core';
import { z } from 'zod';

export interface FakeRow {
  id: string;
  email?: string;
  name?: string;
  [key: string]: unknown;
}

/** A scripted source for pipeline tests: rows, page size, and failures on chosen pages. */
export interface FakeSource {
  rows: FakeRow[];
  pageSize: number;
  /** Throw `error` when page `page` (0-based offset / pageSize) is fetched, `times` times. */
  failures: { page: number; error: () => Error; times: number }[];
  /** Rows deleted at the vendor (emitted as tombstones by incremental syncs). */
  deleted: string[];
  /** Calls to sync(), for assertions. */
  calls: (string | null)[];
  /** Wait this long in every sync() call (to observe a sync in flight). */
  delayMs: number;
  /** Every item written back, in order. */
  written: WritebackItem[];
  /** When set, every writeback fails as a whole with this error. */
  writebackFailure?: () => Error;
}

export function fakeSource(count: number, pageSize = 10): FakeSource {
  const rows = Array.from({ length: count }, (_, i) => ({ id: `p_${i}`, email: ` Person${i}@Example.COM `, name: `Person ${i}` }));
  return { rows, pageSize, failures: [], deleted: [], calls: [], delayMs: 0, written: [] };
}

const Cursor = z.object({ offset: z.number().int(), deletedSeen: z.number().int() });

/**
 * A connector over a {@link FakeSource}: one `contacts` stream -> Person,
 * offset paging; an incremental sync continues after the last row seen and
 * replays new tombstones. With `writeback: true` it declares writeback,
 * which records what it is sent (or fails as the source says). Used by the
 * pipeline and orchestrator tests.
 */
export function fakeConnector(source: FakeSource, id = 'fake', options: { writeback?: boolean } = {}) {
  return defineConnector({
    id,
    name: 'Fake CRM',
    version: '1.0.0',
    category: 'crm',
    description: 'A scripted connector for pipeline tests',
    auth: { type: 'api_key' },
    streams: [{ name: 'contacts', entity: 'person', description: 'Contacts' }],
    defaultSchedule: '0 */4 * * *',
    http: { baseUrl: 'http://127.0.0.1:9' },
    configSchema: z.object({ apiKey: z.string() }),
    settingsSchema: z.object({}).loose(),
    authenticate: async (config: { apiKey: string }) => ({ credentials: config }),
    sync: async (_credentials, cursorText) => {
      source.calls.push(cursorText);
      if (source.delayMs > 0) await new Promise((r) => setTimeout(r, source.delayMs));
      const cursor = cursorText ? Cursor.parse(JSON.parse(cursorText)) : { offset: 0, deletedSeen: 0 };
      const page = Math.floor(cursor.offset / source.pageSize);
      const failure = source.failures.find((f) => f.page === page && f.times > 0);
      if (failure) {
        failure.times--;
        throw failure.error();
      }
      const slice = source.rows.slice(cursor.offset, cursor.offset + source.pageSize);
      const records: SyncRecord[] = slice.map((raw) => ({ stream: 'contacts', raw }));
      const tombstones = source.deleted.slice(cursor.deletedSeen).map((id) => ({ stream: 'contacts', raw: { id }, deleted: true }));
      const offset = cursor.offset + slice.length;
      return {
        records: [...records, ...tombstones],
        cursor: JSON.stringify({ offset, deletedSeen: source.deleted.length }),
        hasMore: offset < source.rows.length,
        syncedAt: new Date(),
        stats: { created: 0, updated: 0, errors: 0 },
      };
    },
    getSchema: () => [
      { stream: 'contacts', source: 'id', target: 'externalId' },
      { stream: 'contacts', source: 'email', target: 'email' },
      { stream: 'contacts', source: 'name', target: 'firstName' },
    ],
    healthCheck: async () => ({ status: 'ok', checkedAt: new Date(), latencyMs: 0 }),
    ...(options.writeback
      ? {
          writeback: async (_credentials: unknown, items: WritebackItem[]) => {
            if (source.writebackFailure) throw source.writebackFailure();
            source.written.push(...items);
            return items.map((item) => ({ externalId: item.externalId, ok: true }));
          },
        }
      : {}),
  });
}
