import { indexOf } from './generate/common.js';
import { PIPELINES, type SimPipeline } from './pipelines.js';
import type { LinkTarget, SimObject, SimType } from './types.js';
import type { World } from './world.js';

/** What the portal holds, for tests and expectations (read directly, not through the API). */
export interface HubSpotData {
  /** Live records of a type, in id order. */
  records(type: SimType): SimObject[];
  /** Archived records of a type, with when they were archived (ms). */
  archived(type: SimType): { id: string; archivedAt: number }[];
  count(type: SimType): number;
  /** The record index of an id (what `mutate` targets), or undefined. */
  indexOf(type: SimType, id: string): number | undefined;
  /** A record's associated records of `target` that are still live. */
  linksOf(type: SimType, id: string, target: LinkTarget): string[];
  pipelines: readonly SimPipeline[];
}

export function createData(world: World): HubSpotData {
  return {
    records: (type) => {
      const { dataset } = world.stores[type];
      return [...dataset.range()].map(([, record]) => record);
    },
    archived: (type) => world.stores[type].archived().map((a) => ({ id: a.record.id, archivedAt: a.archivedAt })),
    count: (type) => world.stores[type].dataset.liveCount(),
    indexOf: (type, id) => indexOf(type, id),
    linksOf: (type, id, target) => (world.stores[type].byId(id)?.record.links[target] ?? []).filter((t) => world.stores[target].isLive(t)),
    pipelines: PIPELINES,
  };
}
