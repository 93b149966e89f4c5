import { describe, expect, it } from 'vitest';
import { fleetFigures, lagOf, serverSide, type StartedSync } from './figures.js';

const at = (iso: string, connectorId: string, status = 'completed'): StartedSync => ({
  connectorId,
  startedAt: new Date(iso),
  completedAt: null,
  status,
});

const run = {
  mode: 'temporal' as const,
  connections: 3,
  minutes: 2,
  concurrency: 8,
  poolSize: 10,
  pgConnectionsMax: 7,
  setupMs: 1_500,
  load: { min: 1, max: 2 },
};

describe('fleetFigures', () => {
  it('measures lag from the minute tick, syncs per minute and the least-served connection', () => {
    const syncs = [at('2026-12-06T10:00:02Z', 'a'), at('2026-12-06T10:01:05Z', 'a'), at('2026-12-06T10:00:40Z', 'b', 'failed')];
    const memory = { everyMs: 60_000, rss: [100, 200, 210, 210], heap: [50, 80, 82, 81] };
    const f = fleetFigures(run, syncs, ['a', 'b', 'c'], memory);
    expect(lagOf(new Date('2026-12-06T10:01:05Z'))).toBe(5_000);
    expect(f).toMatchObject({ syncs: 3, completed: 2, failed: 1, syncsPerMinute: 1.5, lagMaxMs: 40_000 });
    expect(f).toMatchObject({ perConnectionMin: 0, perConnectionMedian: 1, starved: 1 });
    expect(f.rssMb).toMatchObject({ start: 100, end: 210, max: 210 });
    expect(f.heapMb.end).toBe(81);
  });
});

describe('serverSide', () => {
  it('sums what the server did with the ticks and the lag from due to taken', () => {
    const s = serverSide({ taken: 9, skippedOverlap: 2, missedCatchup: 1, takenLagMs: [300, 100, 200, 5_000], undescribed: 4 }, 3);
    expect(s).toEqual({
      taken: 9,
      skippedOverlap: 2,
      missedCatchup: 1,
      takenLagP50Ms: 300,
      takenLagP95Ms: 5_000,
      terminated: 3,
      undescribed: 4,
    });
  });
});
