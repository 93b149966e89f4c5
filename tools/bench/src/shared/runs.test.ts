import { describe, expect, it } from 'vitest';
import { medianRun, overRuns, repeat, spread } from './runs.js';

describe('spread', () => {
  it('is the min, median and max, the median of an even count the mean of the middle two', () => {
    expect(spread([30, 10, 20])).toEqual({ min: 10, median: 20, max: 30 });
    expect(spread([4, 1, 3, 2])).toEqual({ min: 1, median: 2.5, max: 4 });
    expect(spread([7])).toEqual({ min: 7, median: 7, max: 7 });
  });
  it('refuses no values', () => {
    expect(() => spread([])).toThrow(/no values/);
  });
});

describe('medianRun', () => {
  it('takes each number at its median across runs, independently', () => {
    const runs = [
      { sync: { ms: 300, rss: 10 }, name: 'a' },
      { sync: { ms: 100, rss: 30 }, name: 'b' },
      { sync: { ms: 200, rss: 20 }, name: 'c' },
    ];
    expect(medianRun(runs)).toEqual({ sync: { ms: 200, rss: 20 }, name: 'a' });
  });
  it('takes a boolean at its median too: the majority', () => {
    expect(medianRun([{ moved: true }, { moved: false }, { moved: false }])).toEqual({ moved: false });
    expect(medianRun([{ moved: true }, { moved: false }, { moved: true }])).toEqual({ moved: true });
  });
  it('folds a figure only some runs have over those runs', () => {
    expect(medianRun([{ ms: 1 }, { ms: 2 }, { ms: 3, profile: { total: 9 } }])).toEqual({ ms: 2, profile: { total: 9 } });
  });
  it('keeps null and arrays from the first run', () => {
    expect(
      medianRun([
        { n: null, xs: [1] },
        { n: null, xs: [2] },
      ]),
    ).toEqual({ n: null, xs: [1] });
  });
});

describe('repeat', () => {
  it('runs one after another, numbering the runs from 1', async () => {
    const seen: number[] = [];
    const results = await repeat(3, async (run) => {
      seen.push(run);
      return run * 10;
    });
    expect(seen).toEqual([1, 2, 3]);
    expect(results).toEqual([10, 20, 30]);
  });
});

describe('overRuns', () => {
  it('states the target on the median run and keeps the spread of the headline figures', () => {
    const runs = [
      { rps: 900, target: false },
      { rps: 1_200, target: true },
      { rps: 1_100, target: true },
    ];
    const folded = overRuns(runs, { 'records/s': (f) => f.rps }, (m) => ({ ...m, target: m.rps >= 1_000 }));
    expect(folded).toEqual({ rps: 1_100, target: true, runs: 3, spread: { 'records/s': { min: 900, median: 1_100, max: 1_200 } } });
  });
  it('misses a target the median misses, whatever the best run did', () => {
    const runs = [
      { rps: 1_500, met: true },
      { rps: 800, met: false },
      { rps: 900, met: false },
    ];
    expect(overRuns(runs, {}, (m) => ({ ...m, met: m.rps >= 1_000 })).met).toBe(false);
  });
});
