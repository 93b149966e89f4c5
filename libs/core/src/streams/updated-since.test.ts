import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConnectorError } from '../errors/errors.js';
import { drain, listApi, optionsFor, type Item } from '../testing/stream-api.js';
import { startScriptedServer, type ScriptedServer } from '../testing/scripted-server.js';
import { createStreamSync } from './runner.js';
import { defineStream, type PageWindow } from './types.js';
import type { UpdatedSince } from './incremental.js';

const ItemSchema = z.object({ id: z.string(), updated_at: z.string() });
const PAGES = { style: 'cursor', itemsPath: 'data', cursorParam: 'after', cursorPath: 'next', limitParam: 'limit', pageSize: 3 } as const;
const at = (minute: number) => new Date(Date.UTC(2026, 9, 1, 0, minute)).toISOString();

let server: ScriptedServer | undefined;
afterEach(() => server?.close());

function streamOf(incremental: Partial<UpdatedSince> = {}, extra: Record<string, unknown> = {}) {
  return defineStream({
    name: 'items',
    entity: 'person',
    description: 'Items',
    request: (w: PageWindow) => ({ path: '/items', query: { updated_since: w.since ?? undefined } }),
    schema: ItemSchema,
    incremental: { type: 'updatedSince', cursorField: 'updated_at', ...incremental },
    ...extra,
  });
}

describe('an updatedSince stream', () => {
  it('reads everything first, then only what changed since the watermark minus the overlap', async () => {
    const vendor: Item[] = Array.from({ length: 7 }, (_, i) => ({ id: `i${i}`, created: i, updated_at: at(i) }));
    server = await startScriptedServer(listApi(() => vendor));
    const sync = createStreamSync({
      vendor: 'Acme',
      streams: [streamOf({ overlapMs: 120_000 })],
      feeds: {},
      pagination: PAGES,
      concurrency: 1,
    });
    const first = await drain(sync, null, optionsFor(server.url));
    expect(first.ids).toEqual(['i0', 'i1', 'i2', 'i3', 'i4', 'i5', 'i6']);
    expect(JSON.parse(first.cursor ?? '').state.streams.items['']).toEqual({ watermark: at(6) });

    // A late commit: i7 carries a stamp one minute before the watermark; i2 changes now.
    vendor.push({ id: 'i7', created: 7, updated_at: at(5) }, { ...(vendor[2] as Item), updated_at: at(30) });
    const second = await drain(sync, first.cursor, optionsFor(server.url));
    expect(new Set(second.ids)).toEqual(new Set(['i4', 'i5', 'i6', 'i7', 'i2']));
    expect(server.requests.at(-2)?.url).toContain(`updated_since=${encodeURIComponent(at(4))}`);
    expect(JSON.parse(second.cursor ?? '').state.streams.items['']).toEqual({ watermark: at(30) });
  });

  it('walks bounded windows forward to now and keeps the end of the last one', async () => {
    const vendor: Item[] = [0, 90, 200].map((m) => ({ id: `w${m}`, created: m, updated_at: at(m) }));
    server = await startScriptedServer((request) => {
      const url = new URL(request.url, 'http://x');
      const since = Date.parse(url.searchParams.get('updated_since') ?? '');
      const until = Date.parse(url.searchParams.get('until') ?? '');
      return { body: { data: vendor.filter((i) => Date.parse(i.updated_at) >= since && Date.parse(i.updated_at) < until), next: null } };
    });
    const stream = defineStream({
      name: 'items',
      entity: 'person',
      description: 'Items',
      request: (w: PageWindow) => ({ path: '/items', query: { updated_since: w.since ?? undefined, until: w.until } }),
      schema: ItemSchema,
      incremental: { type: 'updatedSince', cursorField: 'updated_at', windowMs: 3_600_000, startAt: at(0) },
    });
    const now = () => new Date(at(250));
    const sync = createStreamSync({ vendor: 'Acme', streams: [stream], feeds: {}, pagination: PAGES, concurrency: 1 });
    const run = await drain(sync, null, optionsFor(server.url, {}, now));
    expect(run.ids).toEqual(['w0', 'w90', 'w200']);
    expect(server.requests).toHaveLength(5);
    expect(JSON.parse(run.cursor ?? '').state.streams.items['']).toEqual({ watermark: at(250) });

    // A clock that moves on while the run reads: the walk still ends where the run began (it used to add a window each page, forever).
    server.requests.length = 0;
    let minute = 250;
    const moving = () => new Date(at(minute++));
    const again = await drain(sync, null, optionsFor(server.url, {}, moving));
    expect(again.ids).toEqual(['w0', 'w90', 'w200']);
    expect(server.requests).toHaveLength(5);
    expect(JSON.parse(again.cursor ?? '').state.streams.items['']).toEqual({ watermark: at(250) });
  });

  it('restarts a capped query from the newest stamp seen, and an expired position on the declared error', async () => {
    const vendor: Item[] = Array.from({ length: 9 }, (_, i) => ({ id: `c${i}`, created: i, updated_at: at(i) }));
    server = await startScriptedServer(listApi(() => vendor));
    const capped = createStreamSync({
      vendor: 'Acme',
      streams: [streamOf({ maxItemsPerQuery: 6 })],
      feeds: {},
      pagination: PAGES,
      concurrency: 1,
    });
    const run = await drain(capped, null, optionsFor(server.url));
    expect(new Set(run.ids).size).toBe(9);
    expect(server.requests[2]?.url).toContain(`updated_since=${encodeURIComponent(at(5))}`);

    let expired = true;
    await server.close();
    server = await startScriptedServer((request, index) => {
      if (index === 1 && expired) {
        expired = false;
        return { status: 400, body: { code: 'LOCATOR_EXPIRED' } };
      }
      return listApi(() => vendor)(request);
    });
    const restartOn = (e: ConnectorError) => e.status === 400;
    const sync = createStreamSync({ vendor: 'Acme', streams: [streamOf({}, { restartOn })], feeds: {}, pagination: PAGES, concurrency: 1 });
    const again = await drain(sync, null, optionsFor(server.url));
    expect(new Set(again.ids)).toEqual(new Set(vendor.map((i) => i.id)));
    expect(server.requests[2]?.url).toContain(`updated_since=${encodeURIComponent(at(2))}`);
  });

  it('pages on instead of restarting in place when more items than the cap share the lower bound', async () => {
    const vendor: Item[] = Array.from({ length: 8 }, (_, i) => ({ id: `t${i}`, created: i, updated_at: at(i === 7 ? 1 : 0) }));
    server = await startScriptedServer(listApi(() => vendor));
    const sync = createStreamSync({
      vendor: 'Acme',
      streams: [streamOf({ maxItemsPerQuery: 3 })],
      feeds: {},
      pagination: PAGES,
      concurrency: 1,
    });
    const run = await drain(sync, null, optionsFor(server.url), 20);
    expect(run.pages.at(-1)?.hasMore).toBe(false);
    expect(new Set(run.ids)).toEqual(new Set(vendor.map((i) => i.id)));
    expect(JSON.parse(run.cursor ?? '').state.streams.items['']).toEqual({ watermark: at(1) });
  });
});
