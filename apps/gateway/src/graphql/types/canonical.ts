import { deriveChannelRates } from '@tributary/core';
import type { Prisma } from '@tributary/db';
import { builder } from '../builder.js';
import { CanonicalFilter, canonicalConnection, type CanonicalQuerySpec } from './canonical-query.js';

type Row = { connectorId: string; externalId: string; raw: unknown; deletedAt: Date | null; updatedAt: Date };

/** Fields every canonical type has: a global id, the connector, the external id, the raw vendor row, the tombstone. */
function common<T extends Row>(name: string) {
  return builder.objectRef<T>(name).implement({
    fields: (t) => ({
      id: t.id({ resolve: (r) => Buffer.from(`${name}:${r.connectorId}:${r.externalId}`).toString('base64url') }),
      connectorId: t.string({ resolve: (r) => r.connectorId }),
      externalId: t.string({ resolve: (r) => r.externalId }),
      raw: t.field({ type: 'JSON', description: 'The vendor row as received', resolve: (r) => r.raw }),
      deletedAt: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.deletedAt }),
      updatedAt: t.field({ type: 'DateTime', resolve: (r) => r.updatedAt }),
    }),
  });
}

const Person = common<Prisma.PersonGetPayload<object>>('Person');
builder.objectFields(Person, (t) => ({
  email: t.exposeString('email', { nullable: true }),
  firstName: t.exposeString('firstName', { nullable: true }),
  lastName: t.exposeString('lastName', { nullable: true }),
  title: t.exposeString('title', { nullable: true }),
  phone: t.exposeString('phone', { nullable: true }),
  accountExternalId: t.exposeString('accountExternalId', { nullable: true }),
  kind: t.exposeString('kind', { nullable: true }),
}));

const Account = common<Prisma.AccountGetPayload<object>>('Account');
builder.objectFields(Account, (t) => ({
  name: t.exposeString('name'),
  domain: t.exposeString('domain', { nullable: true }),
  industry: t.exposeString('industry', { nullable: true }),
  employeeCount: t.exposeInt('employeeCount', { nullable: true }),
  annualRevenue: t.exposeFloat('annualRevenue', { nullable: true }),
}));

const Activity = common<Prisma.ActivityGetPayload<object>>('Activity');
builder.objectFields(Activity, (t) => ({
  type: t.exposeString('type'),
  channel: t.exposeString('channel', { nullable: true }),
  occurredAt: t.field({ type: 'DateTime', resolve: (a) => a.occurredAt }),
  personExternalId: t.exposeString('personExternalId', { nullable: true }),
  accountExternalId: t.exposeString('accountExternalId', { nullable: true }),
  properties: t.field({ type: 'JSON', nullable: true, resolve: (a) => a.properties }),
}));

const Deal = common<Prisma.DealGetPayload<object>>('Deal');
builder.objectFields(Deal, (t) => ({
  name: t.exposeString('name', { nullable: true }),
  amount: t.field({ type: 'SafeInt', nullable: true, description: 'Minor units of currency', resolve: (d) => d.amount }),
  currency: t.exposeString('currency', { nullable: true }),
  stage: t.exposeString('stage', { nullable: true }),
  status: t.exposeString('status', { nullable: true }),
  closeDate: t.string({ nullable: true, resolve: (d) => d.closeDate?.toISOString().slice(0, 10) ?? null }),
  contactEmail: t.exposeString('contactEmail', { nullable: true }),
  accountExternalId: t.exposeString('accountExternalId', { nullable: true }),
}));

const Charge = common<Prisma.ChargeGetPayload<object>>('Charge');
builder.objectFields(Charge, (t) => ({
  amount: t.field({ type: 'SafeInt', description: 'Minor units of currency (cents for USD, yen for JPY)', resolve: (c) => c.amount }),
  currency: t.exposeString('currency'),
  status: t.exposeString('status'),
  amountRefunded: t.field({ type: 'SafeInt', resolve: (c) => c.amountRefunded }),
  customerEmail: t.exposeString('customerEmail', { nullable: true }),
  customerExternalId: t.exposeString('customerExternalId', { nullable: true }),
  description: t.exposeString('description', { nullable: true }),
  occurredAt: t.field({ type: 'DateTime', resolve: (c) => c.occurredAt }),
}));

const ChannelMetric = common<Prisma.ChannelMetricGetPayload<object>>('ChannelMetric');
builder.objectFields(ChannelMetric, (t) => ({
  date: t.string({ resolve: (m) => m.date.toISOString().slice(0, 10) }),
  channel: t.exposeString('channel'),
  accountExternalId: t.exposeString('accountExternalId', { nullable: true }),
  campaignId: t.exposeString('campaignId', { nullable: true }),
  campaign: t.exposeString('campaign', { nullable: true }),
  impressions: t.field({ type: 'SafeInt', resolve: (m) => m.impressions }),
  clicks: t.field({ type: 'SafeInt', resolve: (m) => m.clicks }),
  visitors: t.field({ type: 'SafeInt', resolve: (m) => m.visitors }),
  leads: t.field({ type: 'SafeInt', resolve: (m) => m.leads }),
  conversions: t.exposeFloat('conversions'),
  cost: t.field({ type: 'SafeInt', description: 'Minor units of currency', resolve: (m) => m.cost }),
  currency: t.exposeString('currency'),
  conversionRate: t.float({ nullable: true, resolve: (m) => deriveChannelRates(numbers(m)).conversionRate }),
  costPerLead: t.float({ nullable: true, description: 'Minor units', resolve: (m) => deriveChannelRates(numbers(m)).costPerLead }),
}));

function numbers(m: Prisma.ChannelMetricGetPayload<object>) {
  return {
    visitors: Number(m.visitors),
    clicks: Number(m.clicks),
    leads: Number(m.leads),
    conversions: m.conversions,
    cost: Number(m.cost),
  };
}

const SPECS: Record<string, CanonicalQuerySpec> = {
  people: { dateField: 'updatedAt', searchFields: ['email', 'firstName', 'lastName'] },
  accounts: { dateField: 'updatedAt', searchFields: ['name', 'domain'] },
  activities: { dateField: 'occurredAt', searchFields: ['type', 'personExternalId'] },
  deals: { dateField: 'closeDate', searchFields: ['name', 'contactEmail'] },
  charges: { dateField: 'occurredAt', searchFields: ['customerEmail', 'description'] },
  channelMetrics: { dateField: 'date', searchFields: ['campaign', 'channel'] },
};

const spec = (name: string): CanonicalQuerySpec => SPECS[name] ?? { dateField: 'updatedAt', searchFields: [] };

builder.queryFields((t) => {
  const list = <T extends Row>(
    type: typeof Person | typeof Account | typeof Activity | typeof Deal | typeof Charge | typeof ChannelMetric,
    name: string,
    delegate: (p: Prisma.TransactionClient) => unknown,
  ) =>
    t.connection({
      type: type as never,
      authScopes: { viewer: true },
      args: { filter: t.arg({ type: CanonicalFilter, required: false }) },
      resolve: (_r, args, ctx) =>
        canonicalConnection(
          delegate(ctx.rt.db.prisma) as { findMany(a: object): Promise<T[]> },
          ctx.principal.tenantId,
          spec(name),
          args.filter,
          args,
        ) as never,
    });
  return {
    people: list(Person, 'people', (p) => p.person),
    accounts: list(Account, 'accounts', (p) => p.account),
    activities: list(Activity, 'activities', (p) => p.activity),
    deals: list(Deal, 'deals', (p) => p.deal),
    charges: list(Charge, 'charges', (p) => p.charge),
    channelMetrics: list(ChannelMetric, 'channelMetrics', (p) => p.channelMetric),
  };
});
