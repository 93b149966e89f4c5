import type { RunningServer } from '@tributary/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerioSimulator } from '../sandbox/index.js';
import { connectCustomerio } from '../testing/connect.js';
import { syncCustomerio } from '../testing/sync-all.js';
import { messagesQuery } from './deliveries.js';
import { messageEvents } from './events.js';

const sim = createCustomerioSimulator({ seed: 8, people: 40, messages: 1_500 });
let server: RunningServer;
beforeAll(async () => {
  server = await sim.start();
});
afterAll(() => server.close());

const messageIds = (records: { stream: string; raw: Record<string, unknown> }[]) =>
  records.filter((r) => r.stream === 'deliveries').map((r) => String(r.raw['id']));

describe('the deliveries stream', () => {
  it('sends the window as unix seconds', () => {
    expect(messagesQuery({ token: null, since: '2026-10-01T00:00:00.500Z', until: '2026-11-01T00:00:00Z' })).toEqual({
      start_ts: 1_790_812_800,
      end_ts: 1_793_491_200,
    });
  });

  it('reads every delivery of the last 6 months with one activity per metric, then re-reads only the lookback', async () => {
    const config = await connectCustomerio(sim);
    const full = await syncCustomerio(server.url, config, 'full', null);
    expect(messageIds(full.records).sort()).toEqual([...sim.messages.range()].map(([, m]) => m.id).sort());
    const events = full.records.filter((r) => r.stream === 'delivery_events');
    const expected = [...sim.messages.range()].flatMap(([, m]) => messageEvents(m));
    expect(events).toHaveLength(expected.length);
    expect(events.map((e) => e.derived?.['type'])).toEqual(expect.arrayContaining(['email_delivered', 'email_opened', 'email_clicked']));
    const first = sim.requests.filter({ path: '/v1/messages' })[0];
    expect(first?.query['limit']).toEqual(['1000']);
    expect(Number(first?.query['end_ts']) - Number(first?.query['start_ts'])).toBe(180 * 86_400);

    sim.requests.clear();
    const opened = sim.mutate.open(1);
    const sent = sim.mutate.send(2);
    const again = await syncCustomerio(server.url, config, 'incremental', full.cursor, { engagementLookbackDays: 7 });
    const ids = messageIds(again.records);
    for (const i of [...opened, ...sent]) expect(ids).toContain(sim.messages.get(i)?.id);
    // Only the last week (and the new ones) is read again, not six months.
    expect(ids.length).toBeLessThan(200);
    const request = sim.requests.filter({ path: '/v1/messages' })[0];
    const windowSeconds = Number(request?.query['end_ts']) - Number(request?.query['start_ts']);
    expect(windowSeconds).toBeGreaterThanOrEqual(7 * 86_400);
    expect(windowSeconds).toBeLessThan(8 * 86_400);
    const openedId = `${sim.messages.get(opened[0] ?? -1)?.id}:opened`;
    expect(again.records.some((r) => r.derived?.['externalId'] === openedId)).toBe(true);
  });
});
