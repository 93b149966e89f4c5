import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { drain, listApi, optionsFor, type Item } from '../testing/stream-api.js';
import { startScriptedServer, type ScriptedServer } from '../testing/scripted-server.js';
import type { FeedSpec } from './feed.js';
import { createStreamSync } from './runner.js';
import { defineStream, type PageWindow } from './types.js';

const ItemSchema = z.object({ id: z.string(), created: z.number().int(), name: z.string().optional() });
const PAGES = { style: 'cursor', itemsPath: 'data', cursorParam: 'after', cursorPath: 'next', limitParam: 'limit', pageSize: 3 } as const;
const FLOOR = 1_700_000_000;

let server: ScriptedServer | undefined;
afterEach(() => server?.close());

/** A vendor with a newest-first list and a change feed (`events`, oldest first after an index). */
function vendor(count: number) {
  const items: Item[] = Array.from({ length: count }, (_, i) => ({ id: `it_${i}`, created: FLOOR + 1_000 + i * 7, updated_at: '' }));
  const events: { object: string; raw: Item; type: string }[] = [];
  const change = (i: number, name: string) => {
    const item = { ...(items[i] as Item), name };
    items[i] = item;
    events.push({ object: 'item', raw: item, type: 'item.updated' });
  };
  const feed: FeedSpec = {
    anchor: async () => events.length,
    read: async (anchor) => {
      if (anchor === -1) return { events: [], anchor: events.length, hasMore: false, restart: true };
      const from = Number(anchor);
      const page = events.slice(from, from + 2);
      return { events: page, anchor: from + page.length, hasMore: from + page.length < events.length };
    },
  };
  return { items, events, change, feed };
}

const stream = defineStream({
  name: 'items',
  entity: 'person',
  description: 'Items',
  object: 'item',
  request: (w: PageWindow) => ({ path: '/items', query: { order: 'desc', created_gte: w.range?.gte, created_lt: w.range?.lt } }),
  schema: ItemSchema,
  split: { field: 'created', order: 'desc', floor: FLOOR },
  incremental: { type: 'eventsReplay', feed: 'events' },
});

describe('eventsReplay streams with a split list walk', () => {
  it('walk the list in parallel slices exactly once, replay the feed from before the walk, then only the feed', async () => {
    const v = vendor(40);
    server = await startScriptedServer(listApi(() => v.items));
    const sync = createStreamSync({ vendor: 'Acme', streams: [stream], feeds: { events: v.feed }, pagination: PAGES, concurrency: 4 });
    const options = optionsFor(server.url);
    const first = await sync({}, null, options);
    v.change(3, 'changed during the walk');
    const rest = await drain(sync, first.cursor, options);
    const ids = [...first.records, ...rest.records].map((r) => String(r.raw['id']));
    // Every item once from the walk, plus the replayed change.
    expect(ids.filter((id) => id !== 'it_3').sort()).toEqual(
      v.items
        .map((i) => i.id)
        .filter((id) => id !== 'it_3')
        .sort(),
    );
    expect(rest.records.at(-1)?.raw).toMatchObject({ id: 'it_3', name: 'changed during the walk' });
    const sliced = server.requests.filter((r) => r.url.includes('created_lt'));
    expect(sliced.length).toBeGreaterThan(0);
    // Walking 40 items 3 a page in 4 slices takes far fewer rounds than 14 pages one after another.
    expect(rest.pages.length + 1).toBeLessThan(10);

    const before = server.requests.length;
    v.change(7, 'later');
    const incremental = await drain(sync, rest.cursor, options);
    expect(incremental.ids).toEqual(['it_7']);
    expect(server.requests.length).toBe(before);
  });

  it('stop anywhere and resume from the checkpoint with the same rows as an uninterrupted run', async () => {
    const v = vendor(31);
    server = await startScriptedServer(listApi(() => v.items));
    const make = () =>
      createStreamSync({ vendor: 'Acme', streams: [stream], feeds: { events: v.feed }, pagination: PAGES, concurrency: 3 });
    const options = optionsFor(server.url);
    const clean = await drain(make(), null, options);
    for (const stopAfter of [1, 2, 4]) {
      const head = await drain(make(), null, options, stopAfter);
      const tail = await drain(make(), head.cursor, options);
      expect(new Set([...head.ids, ...tail.ids])).toEqual(new Set(clean.ids));
      expect(head.ids.length + tail.ids.length).toBe(clean.ids.length);
    }
  });

  it('walk the lists again when the feed position expired', async () => {
    const v = vendor(5);
    server = await startScriptedServer(listApi(() => v.items));
    const sync = createStreamSync({ vendor: 'Acme', streams: [stream], feeds: { events: v.feed }, pagination: PAGES, concurrency: 1 });
    const expired = JSON.stringify({ v: 2, state: { streams: {}, feeds: { events: -1 } }, run: null });
    const run = await drain(sync, expired, optionsFor(server.url));
    expect(run.ids.sort()).toEqual(v.items.map((i) => i.id).sort());
    expect(JSON.parse(run.cursor ?? '').state.feeds.events).toBe(0);
  });

  it('read as many slices at once as the run asks for, whatever the connector declares', async () => {
    const v = vendor(24);
    server = await startScriptedServer(listApi(() => v.items));
    const sync = createStreamSync({ vendor: 'Acme', streams: [stream], feeds: { events: v.feed }, pagination: PAGES, concurrency: 1 });
    const sequential = await drain(sync, null, optionsFor(server.url));
    const parallel = await drain(sync, null, { ...optionsFor(server.url), concurrency: 4 });
    expect(new Set(parallel.ids)).toEqual(new Set(sequential.ids));
    expect(parallel.pages.length).toBeLessThan(sequential.pages.length);
  });
});
