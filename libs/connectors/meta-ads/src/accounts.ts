import { VendorError, type ConnectorContext, type HttpClient, type VendorAccount } from '@tributary/core';
import type { z } from 'zod';
import { MetaAdAccount } from './api.js';
import { graphPath, readGraphList } from './requests.js';

/** The AdAccount fields the connector reads (https://developers.facebook.com/docs/marketing-api/reference/ad-account). */
export const ACCOUNT_FIELDS = ['id', 'account_id', 'name', 'currency', 'timezone_name', 'account_status'] as const;
/** `account_status` of a closed account: it keeps its history, so it can still be synced. */
export const CLOSED = 101;

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new VendorError(`Meta returned an unexpected ${what} (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'missing'})`, {
    vendorCode: 'unexpected_response',
  });
}

/**
 * One ad account's name, currency and time zone: `GET /{ver}/act_{id}?fields=...`.
 *
 * @example
 * const { currency, timezone_name } = await describeAccount(http, 'act_1234567890');
 */
export async function describeAccount(http: HttpClient, accountId: string): Promise<MetaAdAccount> {
  const { data } = await http.request({ path: graphPath(accountId), query: { fields: ACCOUNT_FIELDS.join(',') } });
  return parse(MetaAdAccount, data, `ad account ${accountId}`);
}

/**
 * The ad accounts the connected login can read: `GET /{ver}/me/adaccounts`
 * (every page), with name, currency and time zone; closed ones are named so.
 *
 * @example
 * await listMetaAccounts(ctx) // [{ id: 'act_1234567890', name: 'Store US', currency: 'USD', timezone: 'America/Los_Angeles' }, ...]
 */
export async function listMetaAccounts(ctx: ConnectorContext<unknown>): Promise<VendorAccount[]> {
  const rows = await readGraphList(ctx.http, {
    path: graphPath('me/adaccounts'),
    query: { fields: ACCOUNT_FIELDS.join(','), limit: 100 },
  });
  return rows.map((row) => {
    const a = parse(MetaAdAccount, row, 'ad account');
    const name = a.name || a.id;
    return { id: a.id, name: a.account_status === CLOSED ? `${name} (closed)` : name, currency: a.currency, timezone: a.timezone_name };
  });
}
