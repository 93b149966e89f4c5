import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  Account,
  ActivityParticipant,
  SiteAnalytics,
  Activity,
  CANONICAL_SCHEMAS,
  Charge,
  ChannelMetric,
  Deal,
  ENTITY_TYPES,
  Person,
  canonicalFields,
  deriveChannelRates,
  requiredFields,
} from './entities.js';

/** The paths zod reports for a failed parse (empty when it passes). */
const issuePaths = (schema: z.ZodType, value: unknown): string[] => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

describe('Person', () => {
  it('coerces a loose vendor row', () => {
    const person = Person.parse({ externalId: 42, email: ' Jo@Acme.COM ', firstName: 'Jo', lastName: '', phone: 5551234 });
    expect(person).toEqual({ externalId: '42', email: 'jo@acme.com', firstName: 'Jo', phone: '5551234' });
    expect(person.lastName).toBeUndefined();
  });

  it('requires an externalId and a valid email when one is given', () => {
    expect(issuePaths(Person, { email: 'jo@acme.com' })).toEqual(['externalId']);
    expect(issuePaths(Person, { externalId: '1', email: 'not-an-email' })).toEqual(['email']);
    expect(issuePaths(Person, { externalId: '' })).toEqual(['externalId']);
  });
});

describe('Account', () => {
  it('normalizes the domain and coerces numbers', () => {
    const account = Account.parse({
      externalId: 'a1',
      name: 'Acme',
      domain: 'https://www.acme.com/',
      employeeCount: '120',
      annualRevenue: '1500000.50',
    });
    expect(account).toEqual({ externalId: 'a1', name: 'Acme', domain: 'acme.com', employeeCount: 120, annualRevenue: 1_500_000.5 });
  });

  it('requires a name and rejects bad domains and negative headcounts', () => {
    expect(issuePaths(Account, { externalId: 'a1', name: '  ' })).toEqual(['name']);
    expect(issuePaths(Account, { externalId: 'a1', name: 'Acme', domain: 'acme' })).toEqual(['domain']);
    expect(issuePaths(Account, { externalId: 'a1', name: 'Acme', employeeCount: -3 })).toEqual(['employeeCount']);
  });
});

describe('Activity', () => {
  it('parses epoch seconds and keeps properties', () => {
    const activity = Activity.parse({ externalId: 'e1', type: 'email_open', occurredAt: 1_700_000_000, properties: { campaign: 'Q4' } });
    expect(activity.occurredAt.getTime()).toBe(1_700_000_000_000);
    expect(activity.properties).toEqual({ campaign: 'Q4' });
  });

  it('requires type and occurredAt and rejects non-object properties', () => {
    expect(issuePaths(Activity, { externalId: 'e1' }).sort()).toEqual(['occurredAt', 'type']);
    expect(issuePaths(Activity, { externalId: 'e1', type: 't', occurredAt: '2024-01-01', properties: ['x'] })).toEqual(['properties']);
  });
});

describe('Deal', () => {
  it('coerces amount and currency and cuts the close date', () => {
    const deal = Deal.parse({ externalId: 'd1', amount: '250000', currency: 'eur', closeDate: '2024-06-30T00:00:00Z', status: 'won' });
    expect(deal).toMatchObject({ amount: 250_000, currency: 'EUR', closeDate: '2024-06-30', status: 'won' });
  });

  it('refuses an amount without a currency, but accepts neither', () => {
    const result = Deal.safeParse({ externalId: 'd1', amount: 100 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['currency']);
    expect(result.error?.issues[0]?.message).toBe('currency is required when amount is set');
    expect(Deal.safeParse({ externalId: 'd1' }).success).toBe(true);
    expect(Deal.safeParse({ externalId: 'd1', currency: 'USD' }).success).toBe(true);
  });

  it('rejects fractional money and unknown statuses', () => {
    expect(issuePaths(Deal, { externalId: 'd1', amount: 10.5, currency: 'USD' })).toEqual(['amount']);
    expect(issuePaths(Deal, { externalId: 'd1', status: 'pending' })).toEqual(['status']);
  });
});

describe('Charge', () => {
  const base = { externalId: 'ch_1', amount: 1999, currency: 'usd', status: 'succeeded', occurredAt: '2024-01-02T03:04:05Z' };

  it('defaults the refunded amount to zero and normalizes the currency', () => {
    expect(Charge.parse(base)).toMatchObject({ amount: 1999, currency: 'USD', amountRefunded: 0 });
    expect(Charge.parse({ ...base, amountRefunded: '500' }).amountRefunded).toBe(500);
  });

  it('requires amount, currency, status and occurredAt', () => {
    expect(issuePaths(Charge, { externalId: 'ch_1' }).sort()).toEqual(['amount', 'currency', 'occurredAt', 'status']);
    expect(issuePaths(Charge, { ...base, currency: 'dollars' })).toEqual(['currency']);
    expect(issuePaths(Charge, { ...base, amount: '19.99' })).toEqual(['amount']);
  });
});

describe('ChannelMetric', () => {
  const base = { externalId: 'acct:cmp:2024-01-01', date: '2024-01-01', channel: 'google_ads', currency: 'usd' };

  it('defaults counters, conversions and cost to zero', () => {
    expect(ChannelMetric.parse(base)).toMatchObject({
      impressions: 0,
      clicks: 0,
      visitors: 0,
      leads: 0,
      conversions: 0,
      cost: 0,
      currency: 'USD',
    });
  });

  it('coerces numeric strings and allows fractional conversions', () => {
    const metric = ChannelMetric.parse({
      ...base,
      date: '2024-01-01T00:00:00Z',
      impressions: '1000',
      clicks: 50n,
      conversions: '2.5',
      cost: '12345',
    });
    expect(metric).toMatchObject({ date: '2024-01-01', impressions: 1000, clicks: 50, conversions: 2.5, cost: 12_345 });
  });

  it('rejects negative counters and fractional clicks', () => {
    expect(issuePaths(ChannelMetric, { ...base, clicks: -1 })).toEqual(['clicks']);
    expect(issuePaths(ChannelMetric, { ...base, clicks: 1.5 })).toEqual(['clicks']);
  });

  it('accepts negative conversions (a restated day whose conversions were retracted), but not infinite ones', () => {
    expect(ChannelMetric.parse({ ...base, conversions: '-2.5' }).conversions).toBe(-2.5);
    expect(issuePaths(ChannelMetric, { ...base, conversions: Infinity })).toEqual(['conversions']);
  });

  it('requires date, channel and currency', () => {
    expect(issuePaths(ChannelMetric, { externalId: 'x' }).sort()).toEqual(['channel', 'currency', 'date']);
  });
});

describe('field lists', () => {
  it('lists every entity', () => {
    expect(ENTITY_TYPES).toEqual(Object.keys(CANONICAL_SCHEMAS));
    expect(ENTITY_TYPES).toEqual([
      'person',
      'account',
      'activity',
      'deal',
      'charge',
      'channel_metric',
      'site_analytics',
      'activity_participant',
    ]);
  });

  it('canonicalFields are the schema keys', () => {
    expect(canonicalFields('person')).toEqual([
      'externalId',
      'email',
      'firstName',
      'lastName',
      'title',
      'phone',
      'accountExternalId',
      'kind',
    ]);
    expect(canonicalFields('deal')).toContain('contactEmail');
    expect(canonicalFields('channel_metric')).toContain('visitors');
  });

  it('requiredFields are the fields that cannot be absent', () => {
    expect(requiredFields('person')).toEqual(['externalId']);
    expect(requiredFields('account')).toEqual(['externalId', 'name']);
    expect(requiredFields('activity')).toEqual(['externalId', 'type', 'occurredAt']);
    expect(requiredFields('deal')).toEqual(['externalId']);
    expect(requiredFields('charge')).toEqual(['externalId', 'amount', 'currency', 'status', 'occurredAt']);
    expect(requiredFields('channel_metric')).toEqual(['externalId', 'date', 'channel', 'currency']);
  });
});

describe('deriveChannelRates', () => {
  const zero = { visitors: 0, clicks: 0, leads: 0, conversions: 0, cost: 0 };

  it('uses leads per visitor when there are visitors', () => {
    expect(deriveChannelRates({ ...zero, visitors: 200, clicks: 50, leads: 10, conversions: 4, cost: 5000 })).toEqual({
      conversionRate: 0.05,
      costPerLead: 500,
    });
  });

  it('falls back to conversions per click without visitors', () => {
    expect(deriveChannelRates({ ...zero, clicks: 50, conversions: 5 }).conversionRate).toBe(0.1);
  });

  it('is null when there is no denominator', () => {
    expect(deriveChannelRates(zero)).toEqual({ conversionRate: null, costPerLead: null });
    expect(deriveChannelRates({ ...zero, cost: 900 }).costPerLead).toBeNull();
  });

  it('rounds the cost per lead to whole minor units', () => {
    expect(deriveChannelRates({ ...zero, visitors: 10, leads: 3, cost: 1000 }).costPerLead).toBe(333);
    expect(deriveChannelRates({ ...zero, visitors: 10, leads: 3, cost: 1001 }).costPerLead).toBe(334);
  });
});

describe('SiteAnalytics and ActivityParticipant', () => {
  it('coerce vendor strings and default the counters to zero', () => {
    const row = SiteAnalytics.parse({
      externalId: 'p:2026-10-01:x',
      date: '2026-10-01',
      source: 'clarity',
      sessions: '100',
      scrollDepth: '42.5',
    });
    expect(row).toMatchObject({ sessions: 100, users: 0, rageClicks: 0, keyEvents: 0, scrollDepth: 42.5 });
    expect(() => SiteAnalytics.parse({ externalId: 'x', date: '2026-10-01', source: 'ga', sessions: -1 })).toThrow();
  });

  it('need the activity and the role; read the internal flag from strings', () => {
    const p = ActivityParticipant.parse({
      externalId: 'm1:to:a@x.test',
      activityExternalId: 'm1',
      role: 'to',
      email: ' A@X.test ',
      internal: 'false',
    });
    expect(p).toMatchObject({ email: 'a@x.test', internal: false });
    expect(() => ActivityParticipant.parse({ externalId: 'x', role: 'to' })).toThrow(/activityExternalId/);
  });
});
