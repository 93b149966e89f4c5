import { z } from 'zod';

/**
 * What a connection stores (encrypted): the App API key (Customer.io:
 * Settings, Account Settings, API Credentials, App API Keys) and,
 * optionally, the signing key of a reporting webhook.
 */
export const CustomerioConfig = z.object({
  apiKey: z.string().trim().min(20, 'A Customer.io App API key (Account Settings, API Credentials, App API Keys)'),
  webhookSigningKey: z.string().trim().min(16, 'The signing key shown with the reporting webhook').optional(),
});
export type CustomerioConfig = z.infer<typeof CustomerioConfig>;

/** What every request needs: the key (a bearer token) and the region's API host. */
export type CustomerioCredentials = { apiKey: string; baseUrl: string };

/** The regions Customer.io hosts workspaces in, and their App API hosts. */
export const CUSTOMERIO_REGION_BASES = {
  us: 'https://api.customer.io',
  eu: 'https://api-eu.customer.io',
} as const;

/** The longest engagement lookback: past a month, a full sync is the better tool. */
const MAX_LOOKBACK_DAYS = 31;

/**
 * Non-secret settings of a connection.
 * - `region`: where the workspace lives (`us` or `eu`): picks the API host.
 * - `segmentId`: only people in this segment (default: every person).
 * - `engagementLookbackDays`: every incremental run re-reads deliveries
 *   created this long before the last run, because opens, clicks and
 *   bounces arrive on a delivery after it was created (default 7 days).
 */
export const CustomerioSettings = z.object({
  region: z.enum(['us', 'eu']).default('us'),
  segmentId: z.number().int().positive().optional(),
  engagementLookbackDays: z.number().int().min(0).max(MAX_LOOKBACK_DAYS).default(7),
});
export type CustomerioSettings = z.infer<typeof CustomerioSettings>;

/** The API host of a region. */
export const regionBase = (settings: Partial<Pick<CustomerioSettings, 'region'>>): string =>
  CUSTOMERIO_REGION_BASES[settings.region ?? 'us'];

/** The overlap of the deliveries stream, in ms: at least a second (`start_ts` is whole seconds). */
export const lookbackMs = (settings: Partial<Pick<CustomerioSettings, 'engagementLookbackDays'>>): number =>
  Math.max(1_000, (settings.engagementLookbackDays ?? 7) * 86_400_000);
