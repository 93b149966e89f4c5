import { compileMappings, defineConnector, mergeMappings, type CompleteIds, type SyncRecord } from '@tributary/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { beginSync } from './begin-sync.js';
import { finishSync } from './finish-sync.js';
import { persistBatch } from './persist.js';
import { addToBatch, batchLoad, emptyBatch } from './quality.js';
import { runSync } from './run-sync.js';
import { syncBatch } from './sync-batch.js';
import { pipelineHarness, type PipelineHarness } from './testing/index.js';

/** A CRM in miniature: contacts (`c…`) and leads (`l…`) are both people; it forgets deletions, so a sync can list its contact ids. */
function crm() {
  const contacts = new Map(['c1', 'c2', 'c3', 'c4', 'c5'].map((id) => [id, `Contact ${id}`]));
  const leads = new Map(['l1', 'l2'].map((id) => [id, `Lead ${id}`]));
  return { contacts, leads, reconcile: false, stream: 'contacts', extraId: undefined as string | undefined };
}
type Crm = ReturnType<typeof crm>;

/** Page 0: every row; then, when reconciling, the contact ids two at a time, each page complete over its range. */
function pageOf(source: Crm, index: number): { records: SyncRecord[]; reconcile?: CompleteIds[]; hasMore: boolean } {
  const ids = [...source.contacts.keys()].sort();
  const idPages = source.reconcile ? Math.ceil(ids.length / 2) : 0;
  if (index === 0) {
    const records: SyncRecord[] = [
      ...[...source.contacts].map(([id, name]) => ({ stream: 'contacts', raw: { id, name } })),
      ...[...source.leads].map(([id, name]) => ({ stream: 'leads', raw: { id, name } })),
    ];
    return { records, hasMore: idPages > 0 };
  }
  const listed = ids.slice((index - 1) * 2, index * 2);
  const last = index === idPages;
  const after = index === 1 ? 'c' : (ids[(index - 1) * 2 - 1] ?? 'c');
  const page: CompleteIds = {
    stream: source.stream,
    ids: [...listed, ...(source.extraId ? [source.extraId] : [])],
    after,
    through: last ? 'c~' : (listed.at(-1) ?? null),
  };
  return { records: [], reconcile: [page], hasMore: !last };
}

function crmConnector(source: Crm) {
  return defineConnector({
    id: 'crm',
    name: 'CRM',
    version: '1.0.0',
    category: 'crm',
    description: 'Contacts and leads',
    auth: { type: 'api_key' },
    streams: [
      { name: 'contacts', entity: 'person', description: 'Contacts' },
      { name: 'leads', entity: 'person', description: 'Leads' },
    ],
    defaultSchedule: '0 * * * *',
    http: { baseUrl: 'http://127.0.0.1:9' },
    configSchema: z.object({ apiKey: z.string() }),
    settingsSchema: z.object({}).loose(),
    authenticate: async (config: { apiKey: string }) => ({ credentials: config }),
    sync: async (_credentials, cursorText) => {
      const index = cursorText ? Number(cursorText) : 0;
      const page = pageOf(source, index);
      return { ...page, cursor: String(index + 1), syncedAt: new Date(), stats: { created: 0, updated: 0, errors: 0 } };
    },
    getSchema: () =>
      ['contacts', 'leads'].flatMap((stream) => [
        { stream, source: 'id', target: 'externalId' },
        { stream, source: 'name', target: 'lastName' },
      ]),
    healthCheck: async () => ({ status: 'ok', checkedAt: new Date(), latencyMs: 0 }),
  });
}

describe('reconciled id ranges through the pipeline', () => {
  let source: Crm;
  let harness: PipelineHarness;
  let id: string;
  beforeEach(async () => {
    source = crm();
    harness = await pipelineHarness([crmConnector(source)]);
    id = await harness.connect('crm', { apiKey: 'key_0123456789' });
    await runSync(harness.deps, harness.tenantId, id, { mode: 'full' });
  });
  afterEach(async () => harness.dispose());

  const deleted = async () =>
    (await harness.db.prisma.person.findMany({ where: { connectorId: id, deletedAt: { not: null } }, orderBy: { externalId: 'asc' } })).map(
      (p) => p.externalId,
    );

  it('runSync tombstones the stored rows of the stream the vendor no longer lists, counted as updated, leaving the other stream of the entity alone', async () => {
    source.contacts.delete('c2');
    source.contacts.delete('c5');
    source.leads.delete('l1');
    source.reconcile = true;
    const outcome = await runSync(harness.deps, harness.tenantId, id, { mode: 'full', batchRecords: 3 });
    expect(outcome).toMatchObject({ status: 'completed', created: 0, updated: 2, failed: 0 });
    // l1 is gone at the vendor too, but only contacts were listed.
    expect(await deleted()).toEqual(['c2', 'c5']);
    expect(await runSync(harness.deps, harness.tenantId, id, { mode: 'full' })).toMatchObject({ created: 0, updated: 0 });
  });

  it('syncBatch (the orchestrator step) tombstones them too, one id page per batch', async () => {
    source.contacts.delete('c3');
    source.reconcile = true;
    const start = await beginSync(harness.deps, harness.tenantId, id, { mode: 'full' });
    let step = await syncBatch(harness.deps, harness.tenantId, id, { ...start, batchRecords: 2 });
    while (step.hasMore) step = await syncBatch(harness.deps, harness.tenantId, id, { ...start, batchRecords: 2 });
    expect(await finishSync(harness.deps, harness.tenantId, id, { syncLogId: start.syncLogId, status: 'completed' })).toMatchObject({
      updated: 1,
    });
    expect(await deleted()).toEqual(['c3']);
  });

  it('keeps a row the same batch wrote, and counts listed ids towards the batch size', async () => {
    source.contacts.set('c6', 'Contact c6');
    source.reconcile = true;
    const connector = crmConnector(source);
    const streams = new Map(connector.streams.map((s) => [s.name, s]));
    const mappings = compileMappings(mergeMappings(connector.getSchema()));
    const batch = emptyBatch();
    for (let i = 0; i <= 3; i++) {
      const page = pageOf(source, i);
      if (i === 3) page.reconcile = page.reconcile?.map((r) => ({ ...r, ids: r.ids.filter((x) => x !== 'c6') }));
      addToBatch(batch, page.records, [], streams, mappings, undefined, page.reconcile);
    }
    expect(batchLoad(batch)).toBe(8 + 5);
    const log = await beginSync(harness.deps, harness.tenantId, id, { mode: 'full' });
    await persistBatch(harness.db.sql, {
      tenantId: harness.tenantId,
      connectorId: id,
      syncLogId: log.syncLogId,
      batch,
      cursor: null,
      pages: 4,
    });
    expect(await deleted()).toEqual([]);
  });

  it('tombstones in the write transaction: a batch that fails to write leaves every row live', async () => {
    source.contacts.delete('c1');
    source.reconcile = true;
    const connector = crmConnector(source);
    const batch = emptyBatch();
    const streams = new Map(connector.streams.map((s) => [s.name, s]));
    addToBatch(batch, [], [], streams, compileMappings(mergeMappings(connector.getSchema())), undefined, pageOf(source, 1).reconcile);
    const input = { tenantId: harness.tenantId, connectorId: id, syncLogId: 'not-a-log', batch, cursor: '2', pages: 1 };
    await expect(persistBatch(harness.db.sql, input, { attempts: 1 })).rejects.toThrow(/uuid/);
    expect(await deleted()).toEqual([]);
  });

  it('fails the sync with a validation error for ids of a stream the connector does not declare, or outside their range', async () => {
    source.reconcile = true;
    source.stream = 'accounts';
    const unknown = await runSync(harness.deps, harness.tenantId, id, { mode: 'full' });
    expect(unknown).toMatchObject({ status: 'failed', error: { kind: 'validation', retryable: false } });
    expect(unknown.error?.message).toMatch(/"accounts", which it does not declare/);
    source.stream = 'contacts';
    source.extraId = 'l1';
    const outside = await runSync(harness.deps, harness.tenantId, id, { mode: 'full' });
    expect(outside.error?.message).toMatch(/must lie in the range/);
    expect(await deleted()).toEqual([]);
  });
});
