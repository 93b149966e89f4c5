import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startScriptedServer, type ScriptedServer } from '../testing/scripted-server.js';
import { SyncCursor } from './cursor.js';
import { createStreamSync } from './runner.js';
import { drain, listApi, optionsFor, type Item } from '../testing/stream-api.js';
import { defineStream } from './types.js';

const Item = z.object({ id: z.string(), created: z.number().int(), updated_at: z.string(), name: z.string().optional() });
const PAGES = { style: 'cursor', itemsPath: 'data', cursorParam: 'after', cursorPath: 'next', limitParam: 'limit', pageSize: 3 } as const;
const items = (n: number, at = '2026-10-01T00:00:00.000Z'): Item[] =>
  Array.from({ length: n }, (_, i) => ({ id: `it_${i}`, created: 1_700_000_000 + i * 10, updated_at: at }));

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
});

describe('a fullRefresh stream', () => {
  const stream = defineStream({
    name: 'items',
    entity: 'person',
    description: 'Items',
    label: 'item',
    request: { path: '/items' },
    schema: Item,
    incremental: { type: 'fullRefresh' },
    derive: (i) => ({ upper: i.id.toUpperCase() }),
    isDeleted: (raw) => raw['deleted'] === true,
  });

  it('walks every page into records, tombstones and rejections with the reason', async () => {
    const vendor = items(8);
    vendor[2] = { ...vendor[2], name: 42 } as Item;
    vendor[5] = { ...vendor[5], deleted: true } as Item;
    server = await startScriptedServer(listApi(() => vendor));
    const sync = createStreamSync({ vendor: 'Acme', streams: [stream], feeds: {}, pagination: PAGES, concurrency: 1 });
    const { pages, records, cursor } = await drain(sync, null, optionsFor(server.url));
    expect(pages).toHaveLength(3);
    expect(records.map((r) => r.raw['id'])).toEqual(['it_0', 'it_1', 'it_3', 'it_4', 'it_5', 'it_6', 'it_7']);
    expect(records.find((r) => r.raw['id'] === 'it_5')).toMatchObject({ deleted: true });
    expect(records[0]).toMatchObject({ stream: 'items', derived: { upper: 'IT_0' } });
    expect(pages[0]?.rejected).toEqual([
      {
        stream: 'items',
        raw: vendor[2],
        externalId: 'it_2',
        reason: 'Acme item does not match the expected shape: name: Invalid input: expected string, received number',
      },
    ]);
    expect(SyncCursor.parse(JSON.parse(cursor ?? 'null'))).toMatchObject({ v: 2, run: null });
    // The next run reads the whole list again.
    expect((await drain(sync, cursor, optionsFor(server.url))).records).toHaveLength(7);
  });

  it('resumes a run from any checkpoint with the remaining pages only', async () => {
    server = await startScriptedServer(listApi(() => items(8)));
    const sync = createStreamSync({ vendor: 'Acme', streams: [stream], feeds: {}, pagination: PAGES, concurrency: 1 });
    const first = await sync({}, null, optionsFor(server.url));
    const rest = await drain(sync, first.cursor, optionsFor(server.url));
    expect([...first.records, ...rest.records].map((r) => r.raw['id'])).toEqual(items(8).map((i) => i.id));
  });

  it('translates a legacy cursor, and refuses one it does not know', async () => {
    server = await startScriptedServer(listApi(() => items(8)));
    const legacyCursor = (old: unknown) =>
      (old as { page?: number }).page === 2
        ? {
            v: 2 as const,
            state: { streams: {}, feeds: {} },
            run: { slices: [{ stream: 'items', partition: null, phase: 0, s: { token: '6' } }], memo: {} },
          }
        : null;
    const sync = createStreamSync({ vendor: 'Acme', streams: [stream], feeds: {}, pagination: PAGES, concurrency: 1, legacyCursor });
    expect((await drain(sync, JSON.stringify({ page: 2 }), optionsFor(server.url))).ids).toEqual(['it_6', 'it_7']);
    await expect(sync({}, JSON.stringify({ page: 9 }), optionsFor(server.url))).rejects.toThrow(/does not match this connector version/);
  });
});
