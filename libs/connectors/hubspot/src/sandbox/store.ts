import type { Dataset } from '@tributary/sandbox';
import { idOf, indexOf } from './generate/common.js';
import type { SimObject, SimType } from './types.js';

/** A record's position in a search by stamp: its stamp, then its index. */
interface Ranked {
  index: number;
  stamp: number;
}
const byStamp = (a: Ranked, b: Ranked) => a.stamp - b.stamp || a.index - b.index;

/**
 * One object type's records over a lazily generated dataset. Generated
 * records' stamps grow with their index (`stampAt`), so the records changed
 * since a moment are found by a binary search plus the few records changed
 * vendor-side, without generating the rest.
 */
export class ObjectStore {
  constructor(
    readonly type: SimType,
    readonly dataset: Dataset<SimObject>,
    private readonly stampAt: (index: number) => number,
  ) {}

  idOf(index: number): string {
    return idOf(this.type, index);
  }

  /** The live record with this id. */
  byId(id: string): { index: number; record: SimObject } | undefined {
    const index = indexOf(this.type, id);
    const record = index === undefined ? undefined : this.dataset.get(index);
    return index === undefined || record === undefined ? undefined : { index, record };
  }

  isLive(id: string): boolean {
    const index = indexOf(this.type, id);
    return index !== undefined && this.dataset.has(index);
  }

  /** Indexes changed vendor-side (updated, archived or created), once each. */
  changed(): Set<number> {
    return new Set(this.dataset.changes().map((c) => c.index));
  }

  /** Every live record's index, in id order. */
  liveIndexes(): number[] {
    const out: number[] = [];
    for (let i = 0; i < this.dataset.size; i++) if (this.dataset.has(i)) out.push(i);
    return out;
  }

  /** Archived records, in id order, with when they were archived. */
  archived(): { index: number; record: SimObject; archivedAt: number }[] {
    const removed = [...this.changed()].filter((i) => this.dataset.isRemoved(i)).sort((a, b) => a - b);
    return removed.flatMap((index) => {
      const record = this.dataset.peek(index);
      return record ? [{ index, record, archivedAt: this.dataset.updatedAt(index) ?? record.updatedAt }] : [];
    });
  }

  /** The first generated index whose stamp is at or after `from`. */
  private lowerBound(from: number): number {
    let lo = 0;
    let hi = this.dataset.baseSize;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.stampAt(mid) < from) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Live records stamped at or after `from` (after it with `strict`), oldest change first. */
  since(from: number, strict = false): Ranked[] {
    const changed = this.changed();
    const keep = (stamp: number) => (strict ? stamp > from : stamp >= from);
    const generated: Ranked[] = [];
    for (let i = this.lowerBound(from); i < this.dataset.baseSize; i++) {
      if (changed.has(i)) continue;
      const stamp = this.stampAt(i);
      if (keep(stamp)) generated.push({ index: i, stamp });
    }
    const touched: Ranked[] = [];
    for (const index of changed) {
      const record = this.dataset.get(index);
      if (record && keep(record.updatedAt)) touched.push({ index, stamp: record.updatedAt });
    }
    return merge(generated, touched.sort(byStamp));
  }
}

/** Merge two lists sorted by stamp. */
function merge(a: Ranked[], b: Ranked[]): Ranked[] {
  if (b.length === 0) return a;
  const out: Ranked[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && byStamp(x, y) <= 0)) {
      if (x !== undefined) out.push(x);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}
