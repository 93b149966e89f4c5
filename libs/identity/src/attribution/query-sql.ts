import { CAMPAIGNS, TOUCHES } from './touches-sql.js';

/**
 * Attribution of one tenant's revenue to the touches before it, in one
 * set-based statement. Parameters: $1 tenant, $2 first day, $3 last day
 * (inclusive, UTC dates), $4 lookback days, $5 model (`first_touch`,
 * `last_touch`, `linear`).
 *
 * Revenue events: succeeded charges net of refunds at their time, and won
 * deals for their amount at the end of their close date. Each event's
 * eligible touches are the person's touches in the lookback window up to the
 * event. First and last touch give the whole amount to one touch; linear
 * splits it in whole minor units (the remainder to the earliest touches, so
 * the parts add up to the amount). An event with no eligible touch (or no
 * person) goes to `(none)`. Spend is ChannelMetric.cost over the same days,
 * by channel, campaign and currency; currencies are never added together.
 */
const START = `($2::date::timestamp AT TIME ZONE 'UTC')`;
const END = `(($3::date + 1)::timestamp AT TIME ZONE 'UTC')`;

const REVENUE = `
  SELECT 'charge' AS kind, c.connector_id, c.external_id, l.person_id, c.occurred_at AS at,
    upper(c.currency) AS currency, c.amount - c.amount_refunded AS amount
  FROM charges c
  LEFT JOIN unified_person_links l ON l.tenant_id = $1::uuid AND l.connector_id = c.connector_id
    AND l.entity = 'charge' AND l.external_id = c.external_id
  WHERE c.tenant_id = $1::uuid AND c.deleted_at IS NULL AND c.status = 'succeeded'
    AND c.amount > c.amount_refunded AND c.occurred_at >= ${START} AND c.occurred_at < ${END}
  UNION ALL
  SELECT 'deal', d.connector_id, d.external_id, l.person_id, ((d.close_date + 1)::timestamp AT TIME ZONE 'UTC'),
    upper(d.currency), d.amount
  FROM deals d
  LEFT JOIN unified_person_links l ON l.tenant_id = $1::uuid AND l.connector_id = d.connector_id
    AND l.entity = 'deal' AND l.external_id = d.external_id
  WHERE d.tenant_id = $1::uuid AND d.deleted_at IS NULL AND d.status = 'won' AND d.amount > 0
    AND d.currency IS NOT NULL AND d.close_date >= $2::date AND d.close_date <= $3::date`;

const ELIGIBLE = `
  SELECT r.kind, r.connector_id AS event_connector, r.external_id AS event_id, r.currency, r.amount,
    t.channel, t.campaign_key, t.campaign_name,
    row_number() OVER w AS pos,
    count(*) OVER (PARTITION BY r.kind, r.connector_id, r.external_id) AS n
  FROM revenue r
  JOIN touches t ON t.person_id = r.person_id AND t.at <= r.at AND t.at > r.at - make_interval(days => $4::int)
  WINDOW w AS (PARTITION BY r.kind, r.connector_id, r.external_id
    ORDER BY t.at, t.channel, t.campaign_key, t.connector_id, t.external_id)`;

const CREDITED = `
  SELECT channel, campaign_key, campaign_name, currency,
    CASE WHEN $5 = 'linear' THEN amount / n + (CASE WHEN pos <= amount % n THEN 1 ELSE 0 END) ELSE amount END AS revenue,
    CASE WHEN $5 = 'linear' THEN 1.0 / n ELSE 1.0 END AS credit
  FROM eligible
  WHERE $5 = 'linear' OR ($5 = 'first_touch' AND pos = 1) OR ($5 = 'last_touch' AND pos = n)
  UNION ALL
  SELECT '(none)', '(none)', '(none)', r.currency, r.amount, 1.0
  FROM revenue r
  WHERE NOT EXISTS (
    SELECT 1 FROM eligible e WHERE e.kind = r.kind AND e.event_connector = r.connector_id AND e.event_id = r.external_id)`;

const SPEND = `
  SELECT channel, coalesce(campaign_id, campaign, '(none)') AS campaign_key, max(campaign) AS campaign_name,
    upper(currency) AS currency, sum(cost) AS spend
  FROM channel_metrics
  WHERE tenant_id = $1::uuid AND deleted_at IS NULL AND date >= $2::date AND date <= $3::date
  GROUP BY 1, 2, 4`;

export const ATTRIBUTION = `
  WITH campaigns AS (${CAMPAIGNS}),
  touches AS (${TOUCHES(START, END)}),
  revenue AS (${REVENUE}),
  eligible AS (${ELIGIBLE}),
  credited AS (${CREDITED}),
  attributed AS (
    SELECT channel, campaign_key, max(campaign_name) AS campaign_name, currency, sum(revenue) AS revenue, sum(credit) AS events
    FROM credited GROUP BY channel, campaign_key, currency
  ),
  spend AS (${SPEND})
  SELECT coalesce(a.channel, s.channel) AS channel,
    coalesce(a.campaign_key, s.campaign_key) AS campaign_key,
    coalesce(s.campaign_name, a.campaign_name, s.campaign_key) AS campaign_name,
    coalesce(a.currency, s.currency) AS currency,
    coalesce(a.revenue, 0)::text AS revenue,
    round(coalesce(a.events, 0), 6)::float8 AS events,
    coalesce(s.spend, 0)::text AS spend
  FROM attributed a
  FULL JOIN spend s ON s.channel = a.channel AND s.campaign_key = a.campaign_key AND s.currency = a.currency
  WHERE coalesce(a.revenue, 0) > 0 OR coalesce(s.spend, 0) > 0
  ORDER BY coalesce(a.revenue, 0) DESC, coalesce(s.spend, 0) DESC, 1, 2, 4`;
