import { invalidRequest, StripeApiError } from './errors.js';
import type { CreatedFilter } from './list.js';

/** What one endpoint accepts. Anything else is rejected, as Stripe does. */
export interface ParamSpec {
  /** List endpoints take `limit`, `starting_after`, `ending_before` and `created`. */
  list: boolean;
  /** Scalar filters, e.g. `customer`, `email`, `status`, `type`. */
  filters?: readonly string[];
  /** Array parameters (`types[]=a&types[]=b`). */
  arrays?: readonly string[];
  /** Accepted `expand[]` values. */
  expandable?: readonly string[];
  /** Real Stripe parameters the simulator does not implement: rejected with a message saying so. */
  unsimulated?: readonly string[];
}

export interface Params {
  limit: number;
  startingAfter?: string;
  endingBefore?: string;
  created?: CreatedFilter;
  expand: string[];
  filters: Record<string, string>;
  arrays: Record<string, string[]>;
}

const KEY = /^([a-z_]+)(?:\[([^\]]*)\])?$/;
const CREATED_OPS = new Set(['gt', 'gte', 'lt', 'lte']);
const isArrayIndex = (bracket: string | undefined): boolean => bracket !== undefined && /^\d*$/.test(bracket);

function integer(value: string, param: string): number {
  if (!/^-?\d+$/.test(value)) throw invalidRequest(`Invalid integer: ${value}`, { param });
  return Number(value);
}

function unknown(key: string): StripeApiError {
  return invalidRequest(`Received unknown parameter: ${key}`, { param: key });
}

function addCreated(params: Params, bracket: string | undefined, value: string, key: string): void {
  const created = (params.created ??= {});
  if (bracket === undefined) {
    created.gte = created.lte = integer(value, key);
  } else if (CREATED_OPS.has(bracket)) {
    created[bracket as keyof CreatedFilter] = integer(value, key);
  } else {
    throw unknown(key);
  }
}

function addListParam(params: Params, base: string, bracket: string | undefined, value: string, key: string): boolean {
  if (base === 'created') addCreated(params, bracket, value, key);
  else if (bracket !== undefined) return false;
  else if (base === 'limit') params.limit = integer(value, 'limit');
  else if (base === 'starting_after') params.startingAfter = value;
  else if (base === 'ending_before') params.endingBefore = value;
  else return false;
  return true;
}

function addParam(params: Params, spec: ParamSpec, key: string, value: string): void {
  const match = KEY.exec(key);
  if (!match) throw unknown(key);
  const base = match[1] ?? '';
  const bracket = match[2];
  if (spec.list && addListParam(params, base, bracket, value, key)) return;
  if (base === 'expand') {
    if (!isArrayIndex(bracket)) throw invalidRequest('Invalid array', { param: 'expand' });
    if (!spec.expandable?.includes(value)) throw invalidRequest(`This property cannot be expanded (${value}).`);
    params.expand.push(value);
  } else if (spec.filters?.includes(base) && bracket === undefined) {
    params.filters[base] = value;
  } else if (spec.arrays?.includes(base)) {
    if (!isArrayIndex(bracket)) throw invalidRequest('Invalid array', { param: base });
    (params.arrays[base] ??= []).push(value);
  } else if (spec.unsimulated?.includes(base)) {
    throw invalidRequest(`The Tributary Stripe simulator does not implement the parameter: ${key}`, { param: key });
  } else {
    throw unknown(key);
  }
}

/**
 * Parse and validate a query string for one endpoint.
 *
 * @example
 * parseParams(new URL(c.req.url).searchParams, { list: true, filters: ['customer'], expandable: ['data.customer'] });
 */
export function parseParams(search: URLSearchParams, spec: ParamSpec): Params {
  const params: Params = { limit: 10, expand: [], filters: {}, arrays: {} };
  for (const [key, value] of search) addParam(params, spec, key, value);
  if (params.limit < 1) throw invalidRequest('This value must be greater than or equal to 1.', { param: 'limit' });
  if (params.limit > 100) throw invalidRequest('This value must be less than or equal to 100.', { param: 'limit' });
  if (params.startingAfter !== undefined && params.endingBefore !== undefined) {
    throw invalidRequest('You may only specify one of these parameters: ending_before, starting_after.', { param: 'ending_before' });
  }
  return params;
}
