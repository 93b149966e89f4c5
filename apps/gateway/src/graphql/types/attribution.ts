import {
  attribution,
  AttributionQuery,
  DEFAULT_LOOKBACK_DAYS,
  type AttributionReport,
  type AttributionRow,
  type AttributionTotal,
} from '@tributary/identity';
import { builder, inputErrorOf } from '../builder.js';
import { MUTATION_ERRORS } from '../errors.js';

const ModelEnum = builder.enumType('AttributionModel', {
  description: 'How a revenue event is credited to the touches before it (within the lookback window)',
  values: {
    FIRST_TOUCH: { value: 'first_touch', description: 'All of it to the earliest touch' },
    LAST_TOUCH: { value: 'last_touch', description: 'All of it to the latest touch' },
    LINEAR: { value: 'linear', description: 'Equal shares to every touch (whole minor units)' },
  } as const,
});

const RowRef = builder.objectRef<AttributionRow>('AttributionRow').implement({
  description: 'Attributed revenue and spend of one channel and campaign, in one currency',
  fields: (t) => ({
    channel: t.exposeString('channel', { description: 'google_ads, meta_ads, linkedin_ads, email, ... or (none)' }),
    campaignId: t.exposeString('campaignId', { description: "The ad platform's campaign id when known, else the campaign as tagged" }),
    campaign: t.exposeString('campaign'),
    currency: t.exposeString('currency'),
    revenue: t.field({ type: 'SafeInt', description: 'Attributed revenue, minor units', resolve: (r) => r.revenue }),
    revenueEvents: t.exposeFloat('revenueEvents', { description: 'Revenue events credited (fractions under LINEAR)' }),
    spend: t.field({ type: 'SafeInt', description: 'Spend over the same days, minor units', resolve: (r) => r.spend }),
    roas: t.exposeFloat('roas', { nullable: true, description: 'Revenue / spend; null without spend' }),
  }),
});

const TotalRef = builder.objectRef<AttributionTotal>('AttributionTotal').implement({
  description: 'The totals of one currency (currencies are never added together)',
  fields: (t) => ({
    currency: t.exposeString('currency'),
    revenue: t.field({ type: 'SafeInt', resolve: (r) => r.revenue }),
    unattributedRevenue: t.field({
      type: 'SafeInt',
      description: 'Revenue with no touch: the (none) rows',
      resolve: (r) => r.unattributedRevenue,
    }),
    revenueEvents: t.exposeFloat('revenueEvents'),
    spend: t.field({ type: 'SafeInt', resolve: (r) => r.spend }),
    roas: t.exposeFloat('roas', { nullable: true }),
  }),
});

const ReportRef = builder.objectRef<AttributionReport>('AttributionReport').implement({
  fields: (t) => ({
    model: t.field({ type: ModelEnum, resolve: (r) => r.query.model }),
    from: t.string({ resolve: (r) => r.query.from }),
    to: t.string({ resolve: (r) => r.query.to }),
    lookbackDays: t.int({ resolve: (r) => r.query.lookbackDays }),
    rows: t.field({ type: [RowRef], resolve: (r) => r.rows }),
    totals: t.field({ type: [TotalRef], resolve: (r) => r.totals }),
  }),
});

builder.queryFields((t) => ({
  attribution: t.field({
    type: ReportRef,
    description:
      'Which campaigns and channels drive revenue: succeeded charges (net of refunds) and won deals between two UTC days (inclusive), ' +
      'credited to the unified person’s touches in the lookback window before each, with the spend of the same days.',
    authScopes: { viewer: true },
    errors: { types: MUTATION_ERRORS },
    args: {
      model: t.arg({ type: ModelEnum, required: true }),
      from: t.arg.string({ required: true, description: 'First day, YYYY-MM-DD (UTC)' }),
      to: t.arg.string({ required: true, description: 'Last day, YYYY-MM-DD (UTC), inclusive' }),
      lookbackDays: t.arg.int({
        required: false,
        description: `Days before each revenue event in which touches count (default ${DEFAULT_LOOKBACK_DAYS})`,
      }),
    },
    resolve: async (_r, args, ctx) => {
      const query = AttributionQuery.safeParse({
        model: args.model,
        from: args.from,
        to: args.to,
        lookbackDays: args.lookbackDays ?? undefined,
      });
      if (!query.success) throw inputErrorOf(query.error.issues);
      return attribution(ctx.rt.db.sql, ctx.principal.tenantId, query.data);
    },
  }),
}));
