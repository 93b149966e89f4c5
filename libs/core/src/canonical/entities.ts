import { z } from 'zod';
import {
  calendarDate,
  count,
  counter,
  currency,
  decimal,
  domain,
  email,
  flag,
  id,
  measure,
  minorUnits,
  optionalCalendarDate,
  properties,
  requiredText,
  text,
  timestamp,
} from './fields.js';

/** A person: a contact, lead, customer or meeting participant. */
export const Person = z.object({
  externalId: id(),
  email: email(),
  firstName: text(256),
  lastName: text(256),
  title: text(512),
  phone: text(64),
  accountExternalId: text(512),
  /** Source-specific kind, kept for CRMs that distinguish them (lead, contact, customer). */
  kind: text(64),
});

/** A company. `annualRevenue` is a plain figure in the account's reporting currency, as CRMs store it. */
export const Account = z.object({
  externalId: id(),
  name: requiredText(1024),
  domain: domain(),
  industry: text(256),
  employeeCount: count(),
  annualRevenue: decimal(),
});

/** Something that happened: an email open, a refund, a meeting, an intent signal. */
export const Activity = z.object({
  externalId: id(),
  type: requiredText(128),
  channel: text(64),
  occurredAt: timestamp(),
  personExternalId: text(512),
  accountExternalId: text(512),
  properties: properties(),
});

/** A CRM opportunity. `amount` is in minor units of `currency`. */
export const Deal = z
  .object({
    externalId: id(),
    name: text(1024),
    amount: minorUnits().describe('Minor units of currency').optional(),
    currency: currency().optional(),
    stage: text(256),
    status: z.enum(['open', 'won', 'lost']).optional(),
    closeDate: optionalCalendarDate(),
    contactEmail: email(),
    accountExternalId: text(512),
    properties: properties(),
  })
  .refine((d) => d.amount === undefined || d.currency !== undefined, {
    message: 'currency is required when amount is set',
    path: ['currency'],
  });

/** A payment. Amounts are in minor units of `currency` (cents for USD, yen for JPY). */
export const Charge = z.object({
  externalId: id(),
  amount: minorUnits().describe('Minor units of currency (cents for USD, yen for JPY)'),
  currency: currency(),
  status: requiredText(64),
  amountRefunded: minorUnits().default(0),
  customerEmail: email(),
  customerExternalId: text(512),
  description: text(2048),
  occurredAt: timestamp(),
});

/**
 * One day of one campaign on one channel. `externalId` identifies the
 * (account, campaign, date) triple; `cost` is in minor units of `currency`.
 */
export const ChannelMetric = z.object({
  externalId: id(),
  date: calendarDate(),
  channel: requiredText(64),
  accountExternalId: text(512),
  campaignId: text(512),
  campaign: text(1024),
  impressions: counter(),
  clicks: counter(),
  visitors: counter(),
  leads: counter(),
  /** Conversions may be fractional (attribution) and negative on a restated day (retractions): any finite number. */
  conversions: measure(),
  cost: minorUnits().describe('Minor units of currency').default(0),
  currency: currency(),
});

/**
 * Every canonical entity, keyed by its id. Adding an entity is one schema
 * above and one line here: the table, the bulk upsert and the GraphQL type
 * are derived from it (see "Adding a canonical entity" in the README).
 */
/**
 * Site analytics for one day of one property (a GA4 property, a Clarity
 * project) and one combination of `dimensions` (channel group, device,
 * page): traffic and engagement, and behaviour signals where the source
 * has them. `externalId` identifies the (property, date, dimensions) triple.
 */
export const SiteAnalytics = z.object({
  externalId: id(),
  date: calendarDate(),
  /** Where the figures come from: `google_analytics`, `clarity`. */
  source: requiredText(64),
  propertyId: text(512),
  dimensions: properties(),
  sessions: counter(),
  users: counter(),
  newUsers: counter(),
  pageViews: counter(),
  engagedSessions: counter(),
  /** Total engaged (active) time, in seconds. */
  engagementSeconds: measure(),
  keyEvents: measure(),
  botSessions: counter(),
  rageClicks: counter(),
  deadClicks: counter(),
  quickbacks: counter(),
  excessiveScrolls: counter(),
  scriptErrors: counter(),
  /** Average scroll depth, in percent. */
  scrollDepth: decimal(),
  properties: properties(),
});

/**
 * A participant of an activity: a meeting's organizer, invitee or speaker,
 * a message's sender or recipient. `internal` tells the tenant's own people
 * from external ones; `externalId` identifies (activity, role, address).
 */
export const ActivityParticipant = z.object({
  externalId: id(),
  activityExternalId: requiredText(512),
  /** organizer, attendee, speaker, recorder, from, to, cc, bcc */
  role: requiredText(32),
  email: email(),
  name: text(512),
  internal: flag(),
  personExternalId: text(512),
});

export const CANONICAL_SCHEMAS = {
  person: Person,
  account: Account,
  activity: Activity,
  deal: Deal,
  charge: Charge,
  channel_metric: ChannelMetric,
  site_analytics: SiteAnalytics,
  activity_participant: ActivityParticipant,
} as const;

export type EntityType = keyof typeof CANONICAL_SCHEMAS;
export const ENTITY_TYPES = Object.keys(CANONICAL_SCHEMAS) as EntityType[];

export type Person = z.output<typeof Person>;
export type Account = z.output<typeof Account>;
export type Activity = z.output<typeof Activity>;
export type Deal = z.output<typeof Deal>;
export type Charge = z.output<typeof Charge>;
export type ChannelMetric = z.output<typeof ChannelMetric>;
export type SiteAnalytics = z.output<typeof SiteAnalytics>;
export type ActivityParticipant = z.output<typeof ActivityParticipant>;

/** A parsed record of each entity. */
export type CanonicalByEntity = { [E in EntityType]: z.output<(typeof CANONICAL_SCHEMAS)[E]> };

export const EntityTypeSchema = z.enum(ENTITY_TYPES as [EntityType, ...EntityType[]]);

const shapeOf = (entity: EntityType): z.ZodRawShape => CANONICAL_SCHEMAS[entity].shape;

/** The canonical field names of an entity (the valid mapping targets). */
export function canonicalFields(entity: EntityType): string[] {
  return Object.keys(shapeOf(entity));
}

/** The fields an entity cannot be stored without. */
export function requiredFields(entity: EntityType): string[] {
  const shape = shapeOf(entity);
  return Object.keys(shape).filter((k) => {
    const field = shape[k];
    return field !== undefined && !z.safeParse(field, undefined).success;
  });
}

/** Conversion rate and cost per lead, derived rather than stored. */
export function deriveChannelRates(m: Pick<ChannelMetric, 'visitors' | 'clicks' | 'leads' | 'conversions' | 'cost'>): {
  conversionRate: number | null;
  costPerLead: number | null;
} {
  const denominator = m.visitors > 0 ? m.visitors : m.clicks;
  const numerator = m.visitors > 0 ? m.leads : m.conversions;
  return {
    conversionRate: denominator > 0 ? numerator / denominator : null,
    costPerLead: m.leads > 0 ? Math.round(m.cost / m.leads) : null,
  };
}
