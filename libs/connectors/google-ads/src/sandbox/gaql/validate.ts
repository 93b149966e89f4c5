import type { SimAccount } from '../types.js';
import { FIELDS, SELECTABLE } from './fields.js';
import type { ParsedQuery } from './parse.js';
import { GaqlError } from './tokens.js';

function check(field: string, from: string, clause: 'SELECT' | 'WHERE' | 'ORDER BY'): void {
  const def = FIELDS[field];
  if (!def) throw new GaqlError('UNRECOGNIZED_FIELD', `Unrecognized field in the query: '${field}'.`);
  if (SELECTABLE[from]?.has(def.resource)) return;
  if (def.resource === 'metrics')
    throw new GaqlError(
      'PROHIBITED_METRIC_IN_SELECT_OR_WHERE_CLAUSE',
      `Cannot select or filter on the following metrics: '${field}' (could not support requested resources: '${from}').`,
    );
  if (def.resource === 'segments')
    throw new GaqlError('PROHIBITED_SEGMENT_IN_SELECT_OR_WHERE_CLAUSE', `Cannot select or filter on the following segments: '${field}'.`);
  const code = clause === 'WHERE' ? 'PROHIBITED_RESOURCE_TYPE_IN_WHERE_CLAUSE' : 'PROHIBITED_RESOURCE_TYPE_IN_SELECT_CLAUSE';
  throw new GaqlError(code, `Cannot select or filter on fields of '${def.resource}' when the resource in the FROM clause is '${from}'.`);
}

/** Whether the query asks for metrics (which segments the result by the date range). */
export const usesMetrics = (q: ParsedQuery): boolean => [...q.select, ...q.where.map((w) => w.field)].some((f) => f.startsWith('metrics.'));

/**
 * Google's checks before running a query: a known resource, known fields
 * compatible with it, a finite date range when `segments.date` is
 * selected, no metrics for a manager account.
 *
 * @example
 * validateGaql(parseGaql('SELECT campaign.id FROM ad_group'), account) // throws BAD_RESOURCE_TYPE_IN_FROM_CLAUSE
 */
export function validateGaql(q: ParsedQuery, account: SimAccount, hasDateRange: boolean): void {
  if (!SELECTABLE[q.from]) throw new GaqlError('BAD_RESOURCE_TYPE_IN_FROM_CLAUSE', `Invalid resource type '${q.from}' in the FROM clause.`);
  for (const field of q.select) check(field, q.from, 'SELECT');
  for (const c of q.where) check(c.field, q.from, 'WHERE');
  for (const o of q.orderBy) check(o.field, q.from, 'ORDER BY');
  if (q.select.includes('segments.date') && !hasDateRange) {
    throw new GaqlError(
      'EXPECTED_FILTERS_ON_DATE_RANGE',
      'Missing filters on date related fields: a query selecting segments.date must filter it to a finite range.',
    );
  }
  if (usesMetrics(q) && account.manager) {
    throw new GaqlError(
      'REQUESTED_METRICS_FOR_MANAGER',
      'Metrics cannot be requested for a manager account. To retrieve metrics, issue separate requests against each client account under the manager account.',
    );
  }
}
