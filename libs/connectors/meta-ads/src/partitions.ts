import { ConfigError, type Partition, type PartitionSpec } from '@tributary/core';
import { describeAccount } from './accounts.js';
import type { MetaAdsSettings } from './config.js';

export const NO_ACCOUNT_MESSAGE = 'No Meta ad account is selected: select an ad account to sync in the connector settings.';

/**
 * One partition per selected ad account, opened with its currency and time
 * zone (one small request each): insights days are the account's days.
 */
export const accountPartitions: PartitionSpec<MetaAdsSettings> = {
  list: (ctx) => {
    if (ctx.settings.accountIds.length === 0) throw new ConfigError(NO_ACCOUNT_MESSAGE);
    return ctx.settings.accountIds.map((key) => ({ key }));
  },
  open: async (partition: Partition, ctx) => {
    const account = await describeAccount(ctx.http, partition.key);
    ctx.logger.info({ accountId: partition.key, timeZone: account.timezone_name }, 'meta ad account');
    return { currency: account.currency, timeZone: account.timezone_name };
  },
  // An account deselected while a run reads it is dropped from the run.
  still: (partition, ctx) => ctx.settings.accountIds.includes(partition.key),
};
