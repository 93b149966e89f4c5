import { describe, expect, it } from 'vitest';
import { createClock } from '../clock.js';
import { createStore } from '../store.js';
import { buildAccounts, DEFAULT_ACCOUNTS } from '../world.js';
import { executeGaql } from './execute.js';
import { GaqlError } from './tokens.js';

const clock = createClock(() => new Date('2026-10-14T20:30:00Z'));
const store = createStore(buildAccounts({ seed: 9, accounts: DEFAULT_ACCOUNTS, campaignsPerAccount: 6, historyDays: 400, clock }), clock, {
  seed: 9,
  lagDays: 7,
});
const run = (key: string, query: string) => executeGaql(query, store, store.resolve(key));
const rowsOf = (key: string, from: string, to: string) => store.rows(store.resolve(key), from, to);

describe('GAQL execution', () => {
  it('serves int64 fields as strings, doubles as numbers, camelCase names and resourceName on each resource', () => {
    const { rows, fieldMask } = run(
      'us',
      "SELECT customer.id, customer.currency_code, campaign.id, campaign.name, segments.date, metrics.impressions, metrics.clicks, metrics.cost_micros, metrics.conversions FROM campaign WHERE segments.date = '2026-10-10'",
    );
    expect(fieldMask).toBe(
      'customer.id,customer.currencyCode,campaign.id,campaign.name,segments.date,metrics.impressions,metrics.clicks,metrics.costMicros,metrics.conversions',
    );
    const row = rows[0] ?? {};
    const us = store.resolve('us').id;
    expect(row).toMatchObject({
      customer: { resourceName: `customers/${us}`, id: us, currencyCode: 'USD' },
      campaign: {
        resourceName: expect.stringMatching(new RegExp(`^customers/${us}/campaigns/\\d{11}$`)),
        id: expect.stringMatching(/^\d{11}$/),
      },
      segments: { date: '2026-10-10' },
      metrics: {
        impressions: expect.stringMatching(/^\d+$/),
        clicks: expect.stringMatching(/^\d+$/),
        costMicros: expect.stringMatching(/^\d+$/),
        conversions: expect.any(Number),
      },
    });
  });

  it('leaves out campaign-days whose metrics are all zero, and days before a campaign started', () => {
    const { rows } = run(
      'us',
      "SELECT campaign.id, segments.date, metrics.impressions FROM campaign WHERE segments.date BETWEEN '2026-10-01' AND '2026-10-14'",
    );
    const expected = rowsOf('us', '2026-10-01', '2026-10-14');
    expect(rows).toHaveLength(expected.length);
    expect(rows.length).toBeLessThan(6 * 14);
  });

  it('filters, orders and limits', () => {
    const { rows } = run(
      'us',
      "SELECT campaign.id, campaign.status, segments.date, metrics.clicks FROM campaign WHERE segments.date DURING LAST_7_DAYS AND campaign.status IN ('ENABLED') AND metrics.clicks >= 1 ORDER BY metrics.clicks DESC LIMIT 3",
    );
    expect(rows).toHaveLength(3);
    const clicks = rows.map((r) => Number((r['metrics'] as Record<string, string>)['clicks']));
    expect(clicks).toEqual([...clicks].sort((a, b) => b - a));
    expect(rows.every((r) => (r['campaign'] as Record<string, string>)['status'] === 'ENABLED')).toBe(true);
    expect(rows.every((r) => (r['segments'] as Record<string, string>)['date'] !== '2026-10-14')).toBe(true); // LAST_7_DAYS excludes today
  });

  it('sums metrics over the range when segments.date is not selected', () => {
    const { rows } = run(
      'us',
      "SELECT campaign.id, metrics.clicks FROM campaign WHERE segments.date BETWEEN '2026-10-01' AND '2026-10-07'",
    );
    const total = rows.reduce((n, r) => n + Number((r['metrics'] as Record<string, string>)['clicks']), 0);
    expect(total).toBe(rowsOf('us', '2026-10-01', '2026-10-07').reduce((n, r) => n + r.clicks, 0));
    expect(new Set(rows.map((r) => JSON.stringify(r['campaign']))).size).toBe(rows.length);
  });

  it('lists every campaign (removed ones included) without metrics or date', () => {
    const { rows } = run('us', 'SELECT campaign.id, campaign.status FROM campaign');
    expect(rows).toHaveLength(6);
  });

  it('lists a manager hierarchy with levels through customer_client', () => {
    const { rows } = run('mcc', 'SELECT customer_client.id, customer_client.level, customer_client.manager FROM customer_client');
    expect(rows.map((r) => (r['customerClient'] as Record<string, unknown>)['level'])).toEqual(['0', '1', '1', '1']);
  });

  it("refuses what Google refuses, with Google's codes", () => {
    const code = (key: string, query: string) => {
      try {
        run(key, query);
        return undefined;
      } catch (error) {
        return error instanceof GaqlError ? error.code : String(error);
      }
    };
    expect(code('us', 'SELECT campaign.id, segments.date FROM campaign')).toBe('EXPECTED_FILTERS_ON_DATE_RANGE');
    expect(code('us', 'SELECT campaign.nope FROM campaign')).toBe('UNRECOGNIZED_FIELD');
    expect(code('us', 'SELECT campaign.id FROM ad_group')).toBe('BAD_RESOURCE_TYPE_IN_FROM_CLAUSE');
    expect(code('us', 'SELECT campaign.id FROM customer')).toBe('PROHIBITED_RESOURCE_TYPE_IN_SELECT_CLAUSE');
    expect(code('us', 'SELECT customer_client.id, metrics.clicks FROM customer_client')).toBe(
      'PROHIBITED_METRIC_IN_SELECT_OR_WHERE_CLAUSE',
    );
    expect(code('us', "SELECT campaign.id FROM campaign WHERE segments.date BETWEEN '2026-10-07' AND '2026-10-01'")).toBe(
      'DATE_RANGE_TOO_NARROW',
    );
    expect(code('us', "SELECT campaign.id FROM campaign WHERE segments.date BETWEEN '2026-10-07' AND '2026-13-01'")).toBe(
      'INVALID_VALUE_WITH_BETWEEN_OPERATOR',
    );
    expect(code('us', 'SELECT campaign.id FROM campaign WHERE segments.date DURING LAST_3_YEARS')).toBe(
      'INVALID_VALUE_WITH_DURING_OPERATOR',
    );
    expect(code('mcc', 'SELECT metrics.clicks FROM customer WHERE segments.date DURING LAST_7_DAYS')).toBe('REQUESTED_METRICS_FOR_MANAGER');
  });
});
