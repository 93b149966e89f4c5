/**
 * The touches of attribution: person-level events that carry a campaign or
 * a traffic source, as SQL over one tenant's activities ($1 tenant, `start`
 * and `end` the revenue window, $4 the lookback in days).
 *
 * An activity is a touch when its properties name a campaign (`utm_campaign`,
 * `campaign`, `campaignId`: Customer.io deliveries and their events) or a
 * `utm_source`, or its `pageUrl` carries them (Delivr.ai site visits). Other
 * activities (CRM tasks, meetings, mail metadata, refunds) carry a channel
 * but no marketing intent, and are not touches. The person is the unified
 * person of the activity's source person row, or, when the activity names
 * the person by email (Delivr.ai), the unified person with that email.
 */

/** A query-string parameter of the activity's page URL, with `+` and `%20` read as spaces. */
const fromUrl = (param: string) =>
  `replace(replace(substring(a.properties->>'pageUrl' from '[?&]${param}=([^&#]+)'), '+', ' '), '%20', ' ')`;

const prop = (name: string) => `nullif(btrim(a.properties->>'${name}'), '')`;

/** Traffic sources as people write them in UTM tags, named as the ad connectors name their channel. */
export const normalizedSource = (column: string) => `(CASE
  WHEN lower(${column}) IN ('google', 'adwords', 'googleads', 'google_ads', 'google-ads') THEN 'google_ads'
  WHEN lower(${column}) IN ('facebook', 'fb', 'instagram', 'ig', 'meta', 'meta_ads', 'meta-ads') THEN 'meta_ads'
  WHEN lower(${column}) IN ('linkedin', 'lnkd', 'linkedin_ads', 'linkedin-ads') THEN 'linkedin_ads'
  ELSE lower(${column}) END)`;

const RAW_TOUCHES = (start: string, end: string) => `
  SELECT coalesce(l.person_id, u.id) AS person_id, a.occurred_at AS at, a.connector_id, a.external_id,
    coalesce(${prop('utm_source')}, ${fromUrl('utm_source')}) AS utm_source,
    a.channel,
    coalesce(${prop('utm_campaign')}, ${prop('campaign')}, ${prop('campaignId')}, ${fromUrl('utm_campaign')}) AS campaign
  FROM activities a
  LEFT JOIN unified_person_links l ON l.tenant_id = $1::uuid AND l.connector_id = a.connector_id
    AND l.entity = 'person' AND l.external_id = a.person_external_id
  LEFT JOIN unified_people u ON l.person_id IS NULL AND u.tenant_id = $1::uuid AND u.email = lower(btrim(a.person_external_id))
  WHERE a.tenant_id = $1::uuid AND a.deleted_at IS NULL AND a.person_external_id IS NOT NULL
    AND a.occurred_at <= ${end} AND a.occurred_at > ${start} - make_interval(days => $4::int)`;

/**
 * The ad campaigns the tenant has spend rows for (any date): a touch whose
 * campaign is one of their ids or names is that campaign on its ad channel,
 * so revenue and spend meet on the same key.
 */
export const CAMPAIGNS = `
  SELECT DISTINCT ON (channel, campaign_id) channel, campaign_id AS id, campaign AS name
  FROM channel_metrics WHERE tenant_id = $1::uuid AND deleted_at IS NULL AND campaign_id IS NOT NULL
  ORDER BY channel, campaign_id, date DESC`;

/**
 * Touches keyed like spend: (channel, campaign key, campaign name). A campaign
 * matching a known ad campaign (by id, else by name, case-insensitively;
 * the touch's own channel first) takes that campaign's channel and id.
 */
export const TOUCHES = (start: string, end: string) => `
  SELECT t.person_id, t.at, t.connector_id, t.external_id,
    coalesce(c.channel, ${normalizedSource('t.utm_source')}, t.channel, '(none)') AS channel,
    coalesce(c.id, t.campaign, '(none)') AS campaign_key,
    coalesce(c.name, t.campaign, '(none)') AS campaign_name
  FROM (${RAW_TOUCHES(start, end)}) t
  LEFT JOIN LATERAL (
    SELECT * FROM campaigns c
    WHERE t.campaign IS NOT NULL AND (c.id = t.campaign OR lower(c.name) = lower(t.campaign))
    ORDER BY (c.channel = ${normalizedSource('t.utm_source')}) IS TRUE DESC, (c.id = t.campaign) DESC, c.channel, c.id
    LIMIT 1
  ) c ON true
  WHERE t.person_id IS NOT NULL AND (t.campaign IS NOT NULL OR t.utm_source IS NOT NULL)`;
