import { compileMappings, defineConnector, mergeMappings, type SyncRecord } from '@tributary/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { beginSync } from './begin-sync.js';
import { finishSync } from './finish-sync.js';
import { persistBatch } from './persist.js';
import { addToBatch, emptyBatch } from './quality.js';
import { runSync } from './run-sync.js';
import { syncBatch } from './sync-batch.js';
import { pipelineHarness, type PipelineHarness } from './testing/index.js';

const DAYS = ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04'];

/** An ad platform in miniature: clicks per (campaign, day); a day with no clicks has no row, as vendors report it. */
function adSource() {
  const clicks = new Map<string, number>();
  for (const day of DAYS) for (const campaign of ['c1', 'c2']) clicks.set(`acct:${campaign}:${day}`, 5);
  return { clicks, windowStream: 'daily' };
}
type AdSource = ReturnType<typeof adSource>;

/** Page `index`: two days of rows, declared complete for those days. */
function pageOf(source: AdSource, index: number) {
  const [from = '', to = ''] = DAYS.slice(index, index + 2);
  const inRange = (key: string) => (key.split(':')[2] ?? '') >= from && (key.split(':')[2] ?? '') <= to;
  const records: SyncRecord[] = [...source.clicks]
    .filter(([key, n]) => n > 0 && inRange(key))
    .map(([key, n]) => ({ stream: 'daily', raw: { key, date: key.split(':')[2], account: 'acct', clicks: n, currency: 'USD' } }));
  return { records, complete: [{ stream: source.windowStream, accountExternalId: 'acct', from, to }] };
}

function adConnector(source: AdSource) {
  return defineConnector({
    id: 'ads',
    name: 'Ads',
    version: '1.0.0',
    category: 'ads',
    description: 'Daily clicks per campaign',
    auth: { type: 'api_key' },
    streams: [
      { name: 'daily', entity: 'channel_metric', description: 'Clicks per campaign and day', primaryKey: 'key' },
      { name: 'contacts', entity: 'person', description: 'Contacts' },
    ],
    defaultSchedule: '0 */4 * * *',
    http: { baseUrl: 'http://127.0.0.1:9' },
    configSchema: z.object({ apiKey: z.string() }),
    settingsSchema: z.object({}).loose(),
    authenticate: async (config: { apiKey: string }) => ({ credentials: config }),
    sync: async (_credentials, cursorText) => {
      const index = cursorText ? Number(cursorText) : 0;
      return {
        ...pageOf(source, index),
        cursor: String(index + 2),
        hasMore: index + 2 < DAYS.length,
        syncedAt: new Date(),
        stats: { created: 0, updated: 0, errors: 0 },
      };
    },
    getSchema: () => [
      { stream: 'daily', source: 'key', target: 'externalId' },
      { stream: 'daily', source: 'date', target: 'date' },
      { stream: 'daily', source: 'account', target: 'accountExternalId' },
      { stream: 'daily', source: 'clicks', target: 'clicks' },
      { stream: 'daily', source: 'currency', target: 'currency' },
      { stream: 'daily', source: 'account', target: 'channel' },
    ],
    healthCheck: async () => ({ status: 'ok', checkedAt: new Date(), latencyMs: 0 }),
  });
}

describe('complete windows through the pipeline', () => {
  let source: AdSource;
  let harness: PipelineHarness;
  let id: string;
  // In a hook: a fresh database per test, under the hook timeout (PGlite is slow to start on a busy machine).
  beforeEach(async () => {
    source = adSource();
    harness = await pipelineHarness([adConnector(source)]);
    id = await harness.connect('ads', { apiKey: 'key_0123456789' });
  });
  afterEach(async () => harness.dispose());

  const clicks = async () =>
    new Map((await harness.db.prisma.channelMetric.findMany({ where: { connectorId: id } })).map((r) => [r.externalId, Number(r.clicks)]));

  it('runSync zeroes a stored day the vendor stopped reporting, counts it as updated, and writes nothing the next time', async () => {
    expect(await runSync(harness.deps, harness.tenantId, id, { mode: 'full', batchRecords: 3 })).toMatchObject({ created: 8 });
    source.clicks.set('acct:c2:2026-10-03', 0);
    const outcome = await runSync(harness.deps, harness.tenantId, id, { mode: 'full', batchRecords: 3 });
    expect(outcome).toMatchObject({ status: 'completed', created: 0, updated: 1, failed: 0 });
    const stored = await clicks();
    expect([...stored].filter(([, n]) => n === 0).map(([key]) => key)).toEqual(['acct:c2:2026-10-03']);
    expect(stored.size).toBe(8);
    expect(await runSync(harness.deps, harness.tenantId, id, { mode: 'full' })).toMatchObject({ created: 0, updated: 0 });
  });

  it('syncBatch (the orchestrator step) zeroes it too', async () => {
    await runSync(harness.deps, harness.tenantId, id, { mode: 'full' });
    source.clicks.set('acct:c1:2026-10-01', 0);
    source.clicks.set('acct:c1:2026-10-04', 0);
    const start = await beginSync(harness.deps, harness.tenantId, id, { mode: 'full' });
    let step = await syncBatch(harness.deps, harness.tenantId, id, { ...start, batchRecords: 1 });
    expect(step).toMatchObject({ pages: 1, updated: 1 });
    while (step.hasMore) step = await syncBatch(harness.deps, harness.tenantId, id, { ...start, batchRecords: 1 });
    expect(await finishSync(harness.deps, harness.tenantId, id, { syncLogId: start.syncLogId, status: 'completed' })).toMatchObject({
      updated: 2,
    });
    expect([...(await clicks())].filter(([, n]) => n === 0).map(([key]) => key)).toEqual(['acct:c1:2026-10-01', 'acct:c1:2026-10-04']);
  });

  it('zeroes in the write transaction: a batch that fails to write leaves every row as it was', async () => {
    await runSync(harness.deps, harness.tenantId, id, { mode: 'full' });
    source.clicks.set('acct:c2:2026-10-01', 0);
    const connector = adConnector(source);
    const batch = emptyBatch();
    const page = pageOf(source, 0);
    const streams = new Map(connector.streams.map((s) => [s.name, s]));
    addToBatch(batch, page.records, [], streams, compileMappings(mergeMappings(connector.getSchema())), page.complete);
    expect(batch.complete).toHaveLength(1);
    // The sync-log update after the zeroing fails (not a log id): the transaction rolls back as a whole.
    const input = { tenantId: harness.tenantId, connectorId: id, syncLogId: 'not-a-log', batch, cursor: '2', pages: 1 };
    await expect(persistBatch(harness.db.sql, input, { attempts: 1 })).rejects.toThrow(/uuid/);
    expect((await clicks()).get('acct:c2:2026-10-01')).toBe(5);
  });

  it('fails the sync with a validation error when a page declares a window for a stream that is not a channel metric stream', async () => {
    source.windowStream = 'contacts';
    const outcome = await runSync(harness.deps, harness.tenantId, id, { mode: 'full' });
    expect(outcome).toMatchObject({ status: 'failed', error: { kind: 'validation', retryable: false } });
    expect(outcome.error?.message).toMatch(/"contacts", whose entity is person/);
    expect((await clicks()).size).toBe(0);
  });
});
