import { ConfigError, type OAuth2AuthSpec } from '@tributary/core';
import { z } from 'zod';
import { SALESFORCE_LOGIN_HOST } from './api.js';
import { EngagementWeights } from '@tributary/core';

/** Salesforce login hosts: production, sandbox, or a My Domain (`acme.my.salesforce.com`, `acme--uat.sandbox.my.salesforce.com`). */
const SALESFORCE_HOST = /^(login|test)\.salesforce\.com$|^[a-z0-9][a-z0-9-]*(--[a-z0-9-]+)?(\.[a-z]+)?\.my\.salesforce\.com$/;
/** A local simulator (plain HTTP is only ever allowed on the loopback interface). */
const LOOPBACK_HOST = /^(127\.0\.0\.1|localhost)(:\d{1,5})?$/;

/** A login host Tributary may send the OAuth client credentials to. */
export const LoginHost = z
  .string()
  .trim()
  .toLowerCase()
  .transform((host) => host.replace(/^https?:\/\//, '').replace(/\/+$/, ''))
  .refine((host) => SALESFORCE_HOST.test(host) || LOOPBACK_HOST.test(host), {
    message: 'Use login.salesforce.com (production), test.salesforce.com (sandbox) or your My Domain host (name.my.salesforce.com)',
  });

/** Salesforce field names written back, per object (custom fields end in `__c`). */
const FieldName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, 'A Salesforce field API name, e.g. Tributary_Score__c');

export const WritebackSettings = z.object({
  /** Off unless the admin opts in: reads are read-only by default. */
  enabled: z.boolean().default(false).describe('Write engagement scores back to Salesforce (off: the connection only reads)'),
  /** The field that receives the engagement score on each object. */
  fields: z
    .object({
      contact: FieldName.default('Tributary_Score__c'),
      lead: FieldName.default('Tributary_Score__c'),
      account: FieldName.default('Tributary_Score__c'),
    })
    .prefault({}),
  weights: EngagementWeights.prefault({}),
});
export type WritebackSettings = z.output<typeof WritebackSettings>;

/** Non-secret settings of one Salesforce connection. */
export const SalesforceSettings = z
  .object({
    loginHost: LoginHost.default(SALESFORCE_LOGIN_HOST).describe(
      'The host Salesforce logins go to: login.salesforce.com, test.salesforce.com (sandbox) or your My Domain; takes effect at the next connect',
    ),
    writeback: WritebackSettings.prefault({}),
    /**
     * Minutes before the last watermark each incremental sync re-reads:
     * `SystemModstamp` has one-second precision and a row committed after a
     * query can carry a stamp at or before its newest one.
     */
    overlapMinutes: z
      .int()
      .min(0)
      .max(1_440)
      .default(5)
      .describe('Minutes before the last change seen that each incremental sync re-reads (late commits)'),
  })
  .loose();
export type SalesforceSettings = z.output<typeof SalesforceSettings>;
export type SalesforceSettingsInput = z.input<typeof SalesforceSettings>;

/**
 * The OAuth endpoints for a connection's login host
 * (https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_endpoints.htm).
 *
 * @example
 * salesforceOAuthEndpoints({ loginHost: 'test.salesforce.com' }).tokenUrl // 'https://test.salesforce.com/services/oauth2/token'
 */
export function salesforceOAuthEndpoints(settings: unknown): Pick<OAuth2AuthSpec, 'authorizeUrl' | 'tokenUrl' | 'revokeUrl'> {
  const parsed = SalesforceSettings.safeParse(settings ?? {});
  // Never fall back to another host: the client secret goes to this one.
  if (!parsed.success) throw new ConfigError(`Salesforce settings are invalid: ${parsed.error.issues[0]?.message ?? 'unknown'}`);
  const host = parsed.data.loginHost;
  const origin = LOOPBACK_HOST.test(host) ? `http://${host}` : `https://${host}`;
  return {
    authorizeUrl: `${origin}/services/oauth2/authorize`,
    tokenUrl: `${origin}/services/oauth2/token`,
    revokeUrl: `${origin}/services/oauth2/revoke`,
  };
}
