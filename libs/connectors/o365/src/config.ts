import { normalizeDomain, OAuthConfig } from '@tributary/core';
import { z } from 'zod';

const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/**
 * An email domain, normalized (`@Acme.COM ` -> `acme.com`).
 *
 * @example
 * EmailDomain.parse(' @Acme.com') // 'acme.com'
 */
export const EmailDomain = z
  .string()
  .transform((d) => normalizeDomain(d.replace(/^@/, '')))
  .pipe(z.string().regex(DOMAIN, 'A domain such as acme.com'));

/**
 * The tenant's privacy record for Office 365 (the `o365_config` table),
 * which the platform puts into the connection's settings at every sync
 * (never the admin through the generic settings): no sync without
 * `dpaAcceptedAt`; mail and meetings are read only with participants in
 * `allowedDomains` (empty: nothing is read); `ownDomain` (and its
 * subdomains) is never an allowed, stored participant; subjects only with
 * `includeSubjects`. The defaults are the most restrictive.
 */
export const O365Privacy = z.object({
  dpaAcceptedAt: z.iso.datetime({ offset: true }).nullable().default(null),
  allowedDomains: z.array(EmailDomain).max(500).default([]),
  ownDomain: EmailDomain.nullable().default(null),
  includeSubjects: z.boolean().default(false),
});
export type O365Privacy = z.output<typeof O365Privacy>;

/** `organizations` (work or school accounts), `common`, `consumers`, a tenant id or a verified domain. */
export const O365Tenant = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^(common|organizations|consumers|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|([a-z0-9-]+\.)+[a-z]{2,63})$/,
    'organizations, common, consumers, a tenant id (GUID) or a domain such as contoso.onmicrosoft.com',
  );

/** The mail folders read, by Graph's well-known names (https://learn.microsoft.com/en-us/graph/api/resources/mailfolder). */
export const MailFolder = z.enum(['inbox', 'sentitems']);
export type MailFolder = z.infer<typeof MailFolder>;

/**
 * Non-secret settings of one Office 365 connection:
 * - `tenant`: the `{tenant}` of the sign-in URLs (default `organizations`);
 * - `folders`: the mail folders read (Inbox and Sent Items);
 * - `calendar`: read meetings; `calendarPastDays` / `calendarFutureDays`
 *   bound the calendar view's window around the current month;
 * - `privacy`: filled by the platform from `o365_config` at sync time.
 *
 * @example
 * O365Settings.parse({}) // { tenant: 'organizations', folders: ['inbox', 'sentitems'], calendar: true, ... }
 */
export const O365Settings = z.object({
  tenant: O365Tenant.default('organizations'),
  folders: z
    .array(MailFolder)
    .max(2)
    .default(['inbox', 'sentitems'])
    .transform((f) => [...new Set(f)]),
  calendar: z.boolean().default(true),
  calendarPastDays: z.int().min(1).max(365).default(90),
  calendarFutureDays: z.int().min(0).max(365).default(30),
  privacy: O365Privacy.prefault({}),
});
export type O365Settings = z.output<typeof O365Settings>;
export type O365SettingsInput = z.input<typeof O365Settings>;

/**
 * What a connection stores (encrypted): core's OAuth tokens. Parsing lifts
 * the access token to the top level (always from `tokens`), where core
 * looks for it when it builds the client `authenticate` receives.
 */
export const O365Config = OAuthConfig.transform((config) => ({ ...config, accessToken: config.tokens.accessToken }));
export type O365Config = z.output<typeof O365Config>;

/** What every Graph call uses: the bearer token. */
export const O365Credentials = z.object({ accessToken: z.string().min(1) });
export type O365Credentials = z.infer<typeof O365Credentials>;
