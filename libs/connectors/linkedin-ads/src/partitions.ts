import { ConfigError, type Partition, type PartitionSpec } from '@tributary/core';
import { campaignNames, describeAccount } from './accounts.js';
import type { LinkedInAdsSettings } from './config.js';

export const NO_ACCOUNT_MESSAGE = 'No LinkedIn ad account is selected: select an ad account to sync in the connector settings.';

/**
 * One partition per selected ad account, opened with its currency and its
 * campaigns' names (two small reads each). Days are UTC: LinkedIn reports
 * analytics by UTC day ([unconfirmed]: see the README).
 */
export const accountPartitions: PartitionSpec<LinkedInAdsSettings> = {
  list: (ctx) => {
    if (ctx.settings.accountIds.length === 0) throw new ConfigError(NO_ACCOUNT_MESSAGE);
    return ctx.settings.accountIds.map((key) => ({ key }));
  },
  open: async (partition: Partition, ctx) => {
    const account = await describeAccount(ctx.http, partition.key);
    const campaigns = await campaignNames(ctx.http, partition.key);
    ctx.logger.info({ accountId: partition.key, campaigns: Object.keys(campaigns).length }, 'linkedin ad account');
    return { currency: account.currency, timeZone: 'UTC', campaigns };
  },
  still: (partition, ctx) => ctx.settings.accountIds.includes(partition.key),
};
