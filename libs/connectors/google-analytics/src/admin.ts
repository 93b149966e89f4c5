import { ConfigError, type HttpClient, type Partition, type PartitionSpec, type VendorAccount } from '@tributary/core';
import {
  GOOGLE_ANALYTICS_ADMIN_BASE,
  GOOGLE_ANALYTICS_API_VERSION,
  GOOGLE_ANALYTICS_DATA_BASE,
  GoogleAnalyticsAccountSummaries,
  GoogleAnalyticsProperty,
} from './api.js';
import type { GoogleAnalyticsSettings } from './config.js';

export const NO_PROPERTY_MESSAGE = 'No Google Analytics property is selected: select a property to sync in the connector settings.';

/**
 * An Admin API path on its own host. The connection's base URL is the Data
 * API's; a sandbox connection serves both APIs on the simulator's host.
 *
 * @example
 * adminPath(http, '/accountSummaries') // 'https://analyticsadmin.googleapis.com/v1beta/accountSummaries' (production)
 */
export function adminPath(http: HttpClient, path: string): string {
  const versioned = `/${GOOGLE_ANALYTICS_API_VERSION}${path}`;
  return http.baseUrl.replace(/\/+$/, '') === GOOGLE_ANALYTICS_DATA_BASE ? `${GOOGLE_ANALYTICS_ADMIN_BASE}${versioned}` : versioned;
}

/** A property's name, time zone and currency (`GET /v1beta/properties/{id}`). */
export async function describeProperty(http: HttpClient, propertyId: string): Promise<GoogleAnalyticsProperty> {
  const { data } = await http.request({ path: adminPath(http, `/properties/${propertyId}`) }, GoogleAnalyticsProperty);
  return data;
}

/**
 * Every GA4 property the Google login can read, from the Admin API's
 * account summaries (200 a page, `pageToken` paging), each then described
 * for its time zone and currency.
 * https://developers.google.com/analytics/devguides/config/admin/v1/rest/v1beta/accountSummaries/list
 *
 * @example
 * await listGoogleAnalyticsProperties(http) // [{ id: '300001', name: 'Acme / www.acme.example', timezone: 'America/New_York', currency: 'USD', parentId: '1000' }]
 */
export async function listGoogleAnalyticsProperties(http: HttpClient): Promise<VendorAccount[]> {
  const accounts: VendorAccount[] = [];
  let pageToken: string | undefined;
  do {
    const query = { pageSize: 200, pageToken };
    const { data: page } = await http.request({ path: adminPath(http, '/accountSummaries'), query }, GoogleAnalyticsAccountSummaries);
    for (const summary of page.accountSummaries) {
      for (const p of summary.propertySummaries) {
        const id = p.property.replace(/^properties\//, '');
        const info = await describeProperty(http, id);
        const name = [summary.displayName, p.displayName].filter(Boolean).join(' / ') || id;
        const parentId = summary.account.replace(/^accounts\//, '');
        accounts.push({ id, name, timezone: info.timeZone, ...(info.currencyCode ? { currency: info.currencyCode } : {}), parentId });
      }
    }
    pageToken = page.nextPageToken || undefined;
  } while (pageToken);
  return accounts;
}

/** One partition per selected property, opened with its time zone (dates are the property's days) and currency. */
export const propertyPartitions: PartitionSpec<GoogleAnalyticsSettings> = {
  list: (ctx) => {
    if (ctx.settings.propertyIds.length === 0) throw new ConfigError(NO_PROPERTY_MESSAGE);
    return ctx.settings.propertyIds.map((key) => ({ key }));
  },
  open: async (partition: Partition, ctx) => {
    const info = await describeProperty(ctx.http, partition.key);
    ctx.logger.info({ propertyId: partition.key, timeZone: info.timeZone }, 'google analytics property');
    return { timeZone: info.timeZone, ...(info.currencyCode ? { currency: info.currencyCode } : {}) };
  },
  // A property deselected while a run reads it is dropped from the run.
  still: (partition, ctx) => ctx.settings.propertyIds.includes(partition.key),
};
