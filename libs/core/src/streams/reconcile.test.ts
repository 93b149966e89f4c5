import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConnectorError, ValidationError } from '../errors/errors.js';
import { drain, listApi, optionsFor, type Item } from '../testing/stream-api.js';
import { startScriptedServer, type ScriptedServer } from '../testing/scripted-server.js';
import { createStreamSync } from './runner.js';
import { defineStream, type PageWindow, type ReconcileSpec } from './types.js';

const PAGES = { style: 'cursor', itemsPath: 'data', cursorParam: 'after', cursorPath: 'next', limitParam: 'limit', pageSize: 3 } as const;
const at = (minute: number) => new Date(Date.UTC(2026, 9, 1, 0, minute)).toISOString();
const NOW = '2026-10-15T12:00:00.000Z';

let server: ScriptedServer | undefined;
afterEach(() => server?.close());

/** A vendor of `c…` ids; the reconcile reads them two at a time, sorted, after `after`. */
function vendorOf(ids: string[]) {
  const items: Item[] = ids.map((id, i) => ({ id, created: i, updated_at: at(i) }));
  const calls: Array<{ token: string | null; after: string | null }> = [];
  const needed: unknown[] = [];
  let expire = false;
  const reconcile = (gap: boolean): ReconcileSpec => ({
    needed: (state) => {
      needed.push(state);
      return gap;
    },
    read: async ({ token, after }) => {
      calls.push({ token, after });
      if (expire && token !== null) {
        expire = false;
        throw new ConnectorError('vendor', 'position expired', { retryable: false, vendorCode: 'EXPIRED' });
      }
      // A token continues the query it came from (`offset:after`), as a query locator does.
      const [offset = '0', from = after ?? ''] = token?.split(':') ?? [];
      const live = items
        .map((i) => i.id)
        .sort()
        .filter((id) => id > from);
      const start = Number(offset);
      return { ids: live.slice(start, start + 2), next: start + 2 < live.length ? `${start + 2}:${from}` : null };
    },
    bounds: { after: 'c', through: 'c~' },
  });
  const expireNext = () => (expire = true);
  return { items, calls, needed, reconcile, expireNext };
}

function syncWith(reconcile: ReconcileSpec) {
  const stream = defineStream({
    name: 'contacts',
    entity: 'person',
    description: 'Contacts',
    request: (w: PageWindow) => ({ path: '/items', query: { updated_since: w.since ?? undefined } }),
    schema: z.object({ id: z.string(), updated_at: z.string() }),
    incremental: { type: 'updatedSince', cursorField: 'updated_at' },
    restartOn: (error) => error.vendorCode === 'EXPIRED',
    reconcile,
  });
  return createStreamSync({ vendor: 'Acme', streams: [stream], feeds: {}, pagination: PAGES, concurrency: 1 });
}

describe('a stream that reconciles', () => {
  it('remembers when the run that read it began, and reads no ids while nothing is missing', async () => {
    const vendor = vendorOf(['c1', 'c2', 'c3']);
    server = await startScriptedServer(listApi(() => vendor.items));
    const sync = syncWith(vendor.reconcile(false));
    const first = await drain(sync, null, optionsFor(server.url));
    expect(vendor.needed).toEqual([]);
    expect(JSON.parse(first.cursor ?? '').state.streams.contacts['']).toEqual({ watermark: at(2), readAt: NOW });
    const second = await drain(sync, first.cursor, optionsFor(server.url));
    expect(vendor.needed).toEqual([{ stored: { watermark: at(2), readAt: NOW }, readAt: NOW }]);
    expect(vendor.calls).toEqual([]);
    expect(second.pages.flatMap((p) => p.reconcile ?? [])).toEqual([]);
  });

  it('when deletions may be missing, reads only ids after every other read and declares each page complete over its range', async () => {
    const vendor = vendorOf(['c5', 'c1', 'c4', 'c2', 'c3']);
    server = await startScriptedServer(listApi(() => vendor.items));
    const sync = syncWith(vendor.reconcile(true));
    const first = await drain(sync, null, optionsFor(server.url));
    const second = await drain(sync, first.cursor, optionsFor(server.url));
    const declared = second.pages.flatMap((p) => p.reconcile ?? []);
    expect(declared).toEqual([
      { stream: 'contacts', ids: ['c1', 'c2'], after: 'c', through: 'c2' },
      { stream: 'contacts', ids: ['c3', 'c4'], after: 'c2', through: 'c4' },
      { stream: 'contacts', ids: ['c5'], after: 'c4', through: 'c~' },
    ]);
    // The stream's own read comes first; the id pages carry no records.
    const firstIdPage = second.pages.findIndex((p) => p.reconcile);
    expect(second.pages.slice(firstIdPage).every((p) => p.records.length === 0)).toBe(true);
    expect(second.pages.slice(0, firstIdPage).some((p) => p.records.length > 0)).toBe(true);
  });

  it('reads again after the last id declared when the page position expires, and resumes a crashed run from its cursor', async () => {
    const vendor = vendorOf(['c1', 'c2', 'c3', 'c4', 'c5', 'c6']);
    server = await startScriptedServer(listApi(() => vendor.items));
    const sync = syncWith(vendor.reconcile(true));
    const first = await drain(sync, null, optionsFor(server.url));
    let cursor = first.cursor;
    const declared = [];
    for (;;) {
      const page = await sync({}, cursor, optionsFor(server.url));
      declared.push(...(page.reconcile ?? []));
      cursor = page.cursor;
      if (declared.length === 1) vendor.expireNext();
      if (!page.hasMore) break;
    }
    expect(vendor.calls).toContainEqual({ token: null, after: 'c2' });
    expect(vendor.calls).toContainEqual({ token: '2:', after: 'c2' });
    expect(declared.map((d) => [d.after, d.through, d.ids])).toEqual([
      ['c', 'c2', ['c1', 'c2']],
      ['c2', 'c4', ['c3', 'c4']],
      ['c4', 'c~', ['c5', 'c6']],
    ]);
  });

  it('fails rather than declare a range from ids out of bytewise order', async () => {
    const vendor = vendorOf(['c1', 'c2']);
    server = await startScriptedServer(listApi(() => vendor.items));
    const unordered: ReconcileSpec = { needed: () => true, read: async () => ({ ids: ['c2', 'c1'], next: null }) };
    const first = await drain(syncWith(unordered), null, optionsFor(server.url));
    await expect(drain(syncWith(unordered), first.cursor, optionsFor(server.url))).rejects.toThrow(ValidationError);
  });
});
