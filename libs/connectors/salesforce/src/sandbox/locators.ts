import { SalesforceApiError } from './errors.js';
import type { World } from './world.js';

/** Query cursors last about two days (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_query_more_results.htm). */
export const QUERY_LOCATOR_TTL_MS = 2 * 86_400_000;

interface OpenQuery {
  rows: readonly unknown[];
  openedAt: number;
  /** The access token that ran the query: a locator belongs to its session. */
  token: string;
}

/** Open query results, addressed by `01g...` locators. */
export interface Locators {
  open(rows: readonly unknown[], token: string): string;
  /** The results of a locator: `INVALID_QUERY_LOCATOR` when unknown or expired. */
  get(locator: string): OpenQuery;
  /** Make every open locator expire (the two-day lifetime, without waiting). */
  expireAll(): void;
  readonly count: number;
}

export const invalidLocator = () => new SalesforceApiError(400, 'INVALID_QUERY_LOCATOR', 'invalid query locator');

/**
 * @example
 * const locators = createLocators(world, QUERY_LOCATOR_TTL_MS);
 * const id = locators.open(rows, token); // '01g...'
 */
export function createLocators(world: World, ttlMs: number): Locators {
  const open = new Map<string, OpenQuery>();
  let next = 0;
  return {
    open(rows, token) {
      const locator = world.locators.encode(next++);
      open.set(locator, { rows, openedAt: world.clock.now(), token });
      return locator;
    },
    get(locator) {
      const found = open.get(locator);
      if (!found || world.clock.now() - found.openedAt > ttlMs) {
        open.delete(locator);
        throw invalidLocator();
      }
      return found;
    },
    expireAll: () => open.clear(),
    get count() {
      return open.size;
    },
  };
}
