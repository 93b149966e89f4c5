import { describe, expect, it } from 'vitest';
import { Dataset } from './dataset.js';
import { fake } from './fake.js';

interface Person {
  index: number;
  name: string;
  score: number;
}

function people(size: number, seed = 1) {
  let calls = 0;
  let now = 1_000;
  const dataset = new Dataset<Person>({
    seed,
    size,
    generate: (index, rng) => {
      calls++;
      return { index, name: fake.fullName(rng), score: rng.int(0, 100) };
    },
    clock: () => now++,
  });
  return { dataset, calls: () => calls };
}

describe('Dataset generation', () => {
  it('gives the same records for the same seed and different ones for another seed', () => {
    const a = people(1000, 1).dataset;
    const b = people(1000, 1).dataset;
    const c = people(1000, 2).dataset;
    const names = (d: Dataset<Person>) => [...d.range(0, 50)].map(([, p]) => p.name);
    expect(names(a)).toEqual(names(b));
    expect(names(a)).not.toEqual(names(c));
  });

  it('generates record 999,999 of 1,000,000 without generating the others', () => {
    const { dataset, calls } = people(1_000_000);
    const last = dataset.get(999_999);
    expect(last?.index).toBe(999_999);
    expect(calls()).toBe(1);
    expect(dataset.get(999_999)).toEqual(last);
  });

  it('generates only the rows of the requested page', () => {
    const { dataset, calls } = people(1_000_000);
    const page = [...dataset.range(500_000, 500_100, { reverse: true })];
    expect(page.map(([i]) => i)).toEqual(Array.from({ length: 100 }, (_, k) => 500_099 - k));
    expect(calls()).toBe(100);
  });

  it('rejects impossible sizes and answers undefined out of range', () => {
    expect(() => people(-1)).toThrow(RangeError);
    expect(() => people(20_000_000)).toThrow(RangeError);
    const { dataset } = people(10);
    expect(dataset.get(10)).toBeUndefined();
    expect(dataset.get(-1)).toBeUndefined();
    expect(dataset.get(1.5)).toBeUndefined();
  });
});

describe('Dataset mutations', () => {
  it('keeps updates in an overlay, stamps them and records before/after', () => {
    const { dataset } = people(100);
    const before = dataset.get(3);
    const [change] = dataset.update([3], (p, ctx) => ({ ...p, name: `Renamed at ${ctx.at}` }));
    expect(change).toMatchObject({ kind: 'updated', index: 3, before, after: { name: 'Renamed at 1000' } });
    expect(dataset.get(3)?.name).toBe('Renamed at 1000');
    expect(dataset.updatedAt(3)).toBe(1000);
    expect(dataset.original(3)).toEqual(before);
    expect(dataset.get(4)).toEqual(people(100).dataset.get(4));
  });

  it('hands out copies so callers cannot change vendor state by accident', () => {
    const { dataset } = people(10);
    dataset.update([1], (p) => ({ ...p, score: 5 }));
    const copy = dataset.get(1);
    if (copy) copy.score = 99;
    expect(dataset.get(1)?.score).toBe(5);
  });

  it('picks a count of distinct live records deterministically', () => {
    const a = people(1000).dataset.update(20, (p) => ({ ...p, score: -1 }));
    const b = people(1000).dataset.update(20, (p) => ({ ...p, score: -1 }));
    expect(a.map((c) => c.index)).toEqual(b.map((c) => c.index));
    expect(new Set(a.map((c) => c.index)).size).toBe(20);
  });

  it('tombstones removed records and never picks them again', () => {
    const { dataset } = people(10);
    const removed = dataset.remove(4).map((c) => c.index);
    expect(removed).toHaveLength(4);
    expect(dataset.liveCount()).toBe(6);
    for (const index of removed) {
      expect(dataset.get(index)).toBeUndefined();
      expect(dataset.isRemoved(index)).toBe(true);
      expect(dataset.peek(index)?.index).toBe(index);
    }
    expect([...dataset.range()].map(([i]) => i)).not.toContain(removed[0]);
    const updated = dataset.update(10, (p) => p).map((c) => c.index);
    expect(updated).toHaveLength(6);
    expect(updated.some((i) => removed.includes(i))).toBe(false);
  });

  it('appends records at the end and exposes every change for assertions', () => {
    const { dataset } = people(5);
    dataset.update([0], (p) => p);
    dataset.remove([1]);
    const appended = dataset.append(2, (index) => ({ index, name: 'New', score: 0 }));
    expect(appended.map((c) => c.index)).toEqual([5, 6]);
    expect(dataset.size).toBe(7);
    expect(dataset.get(6)?.name).toBe('New');
    expect(dataset.changes().map((c) => `${c.kind}:${c.index}`)).toEqual(['updated:0', 'removed:1', 'appended:5', 'appended:6']);
    expect(dataset.changes('appended')).toHaveLength(2);
  });

  it('filters picks with a predicate', () => {
    const { dataset } = people(200);
    const picked = dataset.pick(5, (p) => p.score >= 50);
    expect(picked).toHaveLength(5);
    for (const index of picked) expect(dataset.get(index)?.score).toBeGreaterThanOrEqual(50);
  });
});
