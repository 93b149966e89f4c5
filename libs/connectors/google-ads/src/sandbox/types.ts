/**
 * Google Ads objects as the simulator holds and serves them (REST, v26).
 * Deliberately independent of the connector's zod schemas in src/api.ts:
 * the simulator describes what Google sends, so the connector's parsing is
 * tested against something it did not write itself.
 * https://developers.google.com/google-ads/api/rest/reference/rest/v26/GoogleAdsRow
 */

export type CustomerStatus = 'ENABLED' | 'CANCELED' | 'SUSPENDED' | 'CLOSED';
export type CampaignStatus = 'ENABLED' | 'PAUSED' | 'REMOVED';
export type ChannelType = 'SEARCH' | 'DISPLAY' | 'SHOPPING' | 'VIDEO' | 'PERFORMANCE_MAX' | 'DEMAND_GEN';

/** An account as a test describes it; `parent` names the manager it sits under (by key). */
export interface GoogleAdsAccountSpec {
  /** A handle for tests (`sim.customerId('tokyo')`). */
  key: string;
  name: string;
  /** ISO 4217; fixed at creation in Google Ads. */
  currency: string;
  /** IANA time zone; fixed at creation. It decides what `segments.date` a click belongs to. */
  timeZone: string;
  manager?: boolean;
  status?: CustomerStatus;
  /** Key of the manager this account is a client of; accounts without one are reachable directly. */
  parent?: string;
  /** Campaigns to generate (default from the simulator options; managers have none). */
  campaigns?: number;
  /** A fixed 10-digit id (default: derived from the seed). */
  id?: string;
}

export interface SimCampaign {
  id: string;
  name: string;
  status: CampaignStatus;
  channel: ChannelType;
  /** First and last serving day (account time); `end` null while it runs. */
  start: string;
  end: string | null;
  /** Daily scale of the model (see metrics.ts). */
  impressions: number;
  ctr: number;
  cpcMicros: number;
  conversionRate: number;
  seed: number;
}

export interface SimAccount {
  key: string;
  id: string;
  name: string;
  currency: string;
  timeZone: string;
  manager: boolean;
  status: CustomerStatus;
  /** The manager's id for a client account. */
  parentId: string | null;
  testAccount: boolean;
  campaigns: SimCampaign[];
}

/** One day of one campaign as the API reports it now (int64 values as numbers here, strings on the wire). */
export interface DailyRow {
  customerId: string;
  campaignId: string;
  campaignName: string;
  date: string;
  impressions: number;
  clicks: number;
  costMicros: number;
  conversions: number;
}

/** A JSON value of a GoogleAdsRow field. */
export type FieldValue = string | number | boolean;

/** `{error: {code, message, status, details}}`, Google's error envelope. */
export interface GoogleErrorBody {
  error: { code: number; message: string; status: string; details?: Array<Record<string, unknown>> };
}

/** One `GoogleAdsError`: `{errorCode: {authorizationError: 'USER_PERMISSION_DENIED'}, message, details?}`. */
export interface GoogleAdsErrorEntry {
  errorCode: Record<string, string>;
  message: string;
  details?: Record<string, unknown>;
}

/** `POST .../googleAds:searchStream` answers an array of these. */
export interface SearchStreamBatch {
  results?: Array<Record<string, unknown>>;
  fieldMask: string;
  requestId: string;
  summaryRow?: Record<string, unknown>;
  /** int64 as a string: in the last batch of results, and in the summary row's batch. */
  queryResourceConsumption?: string;
}

/** The Google token endpoint's answer. */
export interface GoogleTokenResponse {
  access_token: string;
  expires_in: number;
  token_type: string;
  scope: string;
  refresh_token?: string;
}
