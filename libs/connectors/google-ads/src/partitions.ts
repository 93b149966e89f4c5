import { ConfigError, type Partition, type PartitionSpec } from '@tributary/core';
import { describeCustomer } from './accounts.js';
import { GoogleAdsCredentials, loginFor, type GoogleAdsSettings } from './config.js';
import type { GoogleAdsAccess } from './requests.js';

export const NO_ACCOUNT_MESSAGE = 'No Google Ads account is selected: select an account to sync in the connector settings.';

/** Who reads `customerId`: the developer token when configured, and its manager (`login-customer-id`) if any. */
export function accessFor(credentials: unknown, settings: GoogleAdsSettings, customerId: string): GoogleAdsAccess {
  const creds = GoogleAdsCredentials.parse(credentials);
  return { developerToken: creds.developerToken, loginCustomerId: loginFor(settings, customerId) ?? creds.loginCustomerId };
}

/**
 * One partition per selected account, opened with its currency and time
 * zone (one small query each). A manager account has no metrics of its own:
 * the run stops with a config error asking for its client accounts.
 */
export const accountPartitions: PartitionSpec<GoogleAdsSettings> = {
  list: (ctx) => {
    if (ctx.settings.customerIds.length === 0) throw new ConfigError(NO_ACCOUNT_MESSAGE);
    return ctx.settings.customerIds.map((key) => ({ key }));
  },
  open: async (partition: Partition, ctx) => {
    const info = await describeCustomer(ctx.http, accessFor(ctx.credentials, ctx.settings, partition.key), partition.key);
    if (info.manager) {
      throw new ConfigError(
        `Google Ads account ${partition.key} (${info.descriptiveName}) is a manager account, which has no metrics of its own: select its client accounts instead.`,
      );
    }
    ctx.logger.info({ customerId: partition.key, timeZone: info.timeZone }, 'google ads account');
    return { currency: info.currencyCode, timeZone: info.timeZone };
  },
  // An account deselected while a run reads it is dropped from the run.
  still: (partition, ctx) => ctx.settings.customerIds.includes(partition.key),
};
