import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { drain, optionsFor } from '../testing/stream-api.js';
import { startScriptedServer, type ScriptedServer } from '../testing/scripted-server.js';
import { createStreamSync } from './runner.js';
import { defineStream, type PageWindow } from './types.js';

const Row = z.object({ account: z.string(), date: z.iso.date(), clicks: z.number() });

let server: ScriptedServer | undefined;
afterEach(() => server?.close());

/** A metrics API: one row per account and day between `from` and `to`, all in one response. */
async function metricsApi() {
  return startScriptedServer((request) => {
    const url = new URL(request.url, 'http://x');
    const from = url.searchParams.get('from') ?? '';
    const to = url.searchParams.get('to') ?? '';
    const account = url.pathname.split('/')[2] ?? '';
    const rows = [];
    for (let d = from; d <= to; d = new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)) {
      rows.push({ account, date: d, clicks: 1 });
    }
    return { body: { rows } };
  });
}

const stream = defineStream({
  name: 'daily',
  entity: 'channel_metric',
  description: 'Daily metrics',
  request: (w: PageWindow) => ({ path: `/accounts/${w.partition?.key}/report`, query: { from: w.from, to: w.to } }),
  pagination: 'none',
  itemsPath: 'rows',
  schema: Row,
  incremental: {
    type: 'dateWindows',
    initialDays: 10,
    lookbackDays: 3,
    chunkDays: 4,
    timeZone: (p) => String(p?.data?.['zone'] ?? 'UTC'),
  },
  partitions: {
    list: () => [{ key: 'us' }, { key: 'jp' }],
    open: (p) => ({ zone: p.key === 'jp' ? 'Asia/Tokyo' : 'America/Los_Angeles' }),
  },
});

describe('a dateWindows stream', () => {
  it('reads each partition from its own today in chunks, declares each chunk complete, then re-reads the lookback', async () => {
    server = await metricsApi();
    // 2026-10-15 20:00 UTC is the 15th in Los Angeles and the 16th in Tokyo.
    const now = () => new Date('2026-10-15T20:00:00Z');
    const sync = createStreamSync({ vendor: 'Acme', streams: [stream], feeds: {}, concurrency: 2 });
    const first = await drain(sync, null, optionsFor(server.url, {}, now));
    const days = (account: string) => first.records.filter((r) => r.raw['account'] === account).map((r) => r.raw['date']);
    expect(days('us')).toHaveLength(10);
    expect(days('us').at(-1)).toBe('2026-10-15');
    expect(days('jp').at(-1)).toBe('2026-10-16');
    expect(first.pages.flatMap((p) => p.complete ?? []).filter((w) => w.accountExternalId === 'us')).toEqual([
      { stream: 'daily', accountExternalId: 'us', from: '2026-10-06', to: '2026-10-09' },
      { stream: 'daily', accountExternalId: 'us', from: '2026-10-10', to: '2026-10-13' },
      { stream: 'daily', accountExternalId: 'us', from: '2026-10-14', to: '2026-10-15' },
    ]);
    // Both partitions were read at once: three rounds of two reads.
    expect(first.pages).toHaveLength(3);

    // Two days later: the last 3 days, plus the gap since the last read.
    const later = () => new Date('2026-10-17T20:00:00Z');
    const second = await drain(sync, first.cursor, optionsFor(server.url, {}, later));
    expect(second.records.filter((r) => r.raw['account'] === 'us').map((r) => r.raw['date'])).toEqual([
      '2026-10-15',
      '2026-10-16',
      '2026-10-17',
    ]);
    expect(JSON.parse(second.cursor ?? '').state.streams.daily.us).toEqual({ since: '2026-10-06', through: '2026-10-17' });
  });
});
