import { compileMappings, mergeMappings, ValidationError, type StreamSpec, type SyncRecord } from '@tributary/core';
import { describe, expect, it } from 'vitest';
import { addToBatch, emptyBatch } from './quality.js';

const streams = new Map<string, StreamSpec>([
  ['metrics', { name: 'metrics', entity: 'channel_metric', description: 'm', primaryKey: 'key', incremental: true }],
  ['payments', { name: 'payments', entity: 'charge', description: 'x', primaryKey: 'id', incremental: true }],
]);
const mappings = compileMappings(
  mergeMappings([
    { stream: 'metrics', source: 'key', target: 'externalId' },
    { stream: 'metrics', source: 'date', target: 'date' },
    { stream: 'metrics', source: 'account', target: 'accountExternalId' },
    { stream: 'metrics', source: '$.channel', target: 'channel' },
    { stream: 'metrics', source: 'clicks', target: 'clicks' },
    { stream: 'metrics', source: 'currency', target: 'currency' },
  ]),
);
const row = (date: string, clicks: unknown = 3): SyncRecord => ({
  stream: 'metrics',
  raw: { key: `111:c1:${date}`, date, account: '111', clicks, currency: 'USD' },
  derived: { channel: 'google_ads' },
});
const window = { stream: 'metrics', accountExternalId: '111', from: '2026-10-01', to: '2026-10-07' };

describe('complete windows in the quality stage', () => {
  it('keeps the windows a page declares, once, beside its rows', () => {
    const batch = emptyBatch();
    addToBatch(batch, [row('2026-10-01')], [], streams, mappings, [window]);
    addToBatch(batch, [], [], streams, mappings, [window, { ...window, from: '2026-10-08', to: '2026-10-08' }]);
    addToBatch(batch, [row('2026-10-09')], [], streams, mappings);
    expect(batch.complete).toEqual([window, { ...window, from: '2026-10-08', to: '2026-10-08' }]);
    expect([...(batch.upserts.get('channel_metric')?.keys() ?? [])]).toEqual(['111:c1:2026-10-01', '111:c1:2026-10-09']);
  });

  it("skips a page's windows when a row of the stream was rejected (it could be a row the window would zero)", () => {
    const invalid = emptyBatch();
    addToBatch(invalid, [row('2026-10-01'), row('2026-10-02', 'many')], [], streams, mappings, [window]);
    expect(invalid.rejects).toHaveLength(1);
    expect(invalid.complete).toEqual([]);
    const byConnector = emptyBatch();
    addToBatch(byConnector, [row('2026-10-01')], [{ stream: 'metrics', raw: {}, reason: 'no date' }], streams, mappings, [window]);
    expect(byConnector.complete).toEqual([]);
    const otherStream = emptyBatch();
    addToBatch(otherStream, [row('2026-10-01')], [{ stream: 'payments', raw: {}, reason: 'bad' }], streams, mappings, [window]);
    expect(otherStream.complete).toEqual([window]);
  });

  it('fails the page with a validation error for a window on a stream that is not a channel metric stream', () => {
    const batch = emptyBatch();
    expect(() => addToBatch(batch, [], [], streams, mappings, [{ ...window, stream: 'payments' }])).toThrow(ValidationError);
    expect(() => addToBatch(batch, [], [], streams, mappings, [{ ...window, to: '2026-09-30' }])).toThrow(/after/);
  });
});
