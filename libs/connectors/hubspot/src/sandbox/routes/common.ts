import type { Context } from 'hono';
import type { World } from '../world.js';
import type { SimType } from '../types.js';

/** What the routes read: the portal and the search cap. */
export interface SimContext {
  world: World;
  /** Results one search query may page through (HubSpot: 10,000). */
  searchCap: number;
}

/** Object types by API name or object type id (`0-3` is deals: the OpenAPI spec uses the id). */
const TYPES: Readonly<Record<string, SimType>> = {
  contacts: 'contacts',
  '0-1': 'contacts',
  companies: 'companies',
  '0-2': 'companies',
  deals: 'deals',
  '0-3': 'deals',
  meetings: 'meetings',
  '0-47': 'meetings',
  calls: 'calls',
  '0-48': 'calls',
};

export const typeOf = (name: string | undefined): SimType | undefined => (name ? TYPES[name] : undefined);

/** The request's JSON body, or undefined when it is not JSON. */
export async function jsonBody(c: Context): Promise<unknown> {
  return c.req.json().catch(() => undefined);
}

/** The stamps batch endpoints report, on the portal's clock. */
export const batchTimes = (ctx: SimContext) => {
  const at = ctx.world.clock.now().toISOString();
  return { startedAt: at, completedAt: at };
};
