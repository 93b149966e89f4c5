import { VendorError, type ConnectorContext, type HttpClient, type VendorAccount } from '@tributary/core';
import type { z } from 'zod';
import { LinkedInAdAccount, LinkedInCampaign } from './api.js';
import { searchAll } from './requests.js';

/** Campaign names kept per account for a run: beyond this, names are left empty (they ride in the run's state). */
export const MAX_CAMPAIGN_NAMES = 2_000;

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new VendorError(`LinkedIn returned an unexpected ${what} (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'missing'})`, {
    vendorCode: 'unexpected_response',
  });
}

/**
 * The ad accounts the member can read: active, not test accounts.
 * `GET /rest/adAccounts?q=search&search=(status:(values:List(ACTIVE)),test:false)`
 * (https://learn.microsoft.com/en-us/linkedin/marketing/integrations/ads/account-structure/create-and-manage-accounts).
 * LinkedIn reports days in UTC, so every account's time zone is UTC.
 */
export async function listLinkedInAccounts(ctx: ConnectorContext<unknown>): Promise<VendorAccount[]> {
  const rows = await searchAll(ctx.http, '/rest/adAccounts?q=search&search=(status:(values:List(ACTIVE)),test:false)', 100);
  return rows.map((row) => {
    const a = parse(LinkedInAdAccount, row, 'ad account');
    return { id: String(a.id), name: a.name || String(a.id), currency: a.currency, timezone: 'UTC' };
  });
}

/** One account: `GET /rest/adAccounts/{id}`. */
export async function describeAccount(http: HttpClient, accountId: string): Promise<LinkedInAdAccount> {
  const { data } = await http.request({ path: `/rest/adAccounts/${accountId}` });
  return parse(LinkedInAdAccount, data, `ad account ${accountId}`);
}

/**
 * Campaign id -> name of an account, for the analytics rows (which carry
 * only the campaign URN): `GET /rest/adAccounts/{id}/adCampaigns?q=search`, every page.
 */
export async function campaignNames(http: HttpClient, accountId: string): Promise<Record<string, string>> {
  const rows = await searchAll(http, `/rest/adAccounts/${accountId}/adCampaigns?q=search`, 1_000);
  const names: Record<string, string> = {};
  for (const row of rows.slice(0, MAX_CAMPAIGN_NAMES)) {
    const c = parse(LinkedInCampaign, row, 'campaign');
    names[String(c.id)] = c.name;
  }
  return names;
}
