import type { PaginationSpec } from '@tributary/core';
import { z } from 'zod';

/** The Graph version every request pins, in one place (https://learn.microsoft.com/en-us/graph/versioning-and-support). */
export const GRAPH_API_VERSION = 'v1.0';
/** Graph's host; every path is under the pinned version (see {@link graphPath}). */
export const GRAPH_BASE_URL = 'https://graph.microsoft.com';

/**
 * A path under the pinned Graph version.
 *
 * @example
 * graphPath('me/mailFolders/inbox/messages/delta') // '/v1.0/me/mailFolders/inbox/messages/delta'
 */
export function graphPath(resource: string): string {
  return `/${GRAPH_API_VERSION}/${resource.replace(/^\/+/, '')}`;
}
/** The Microsoft identity platform; `{tenant}` is `organizations`, `common`, `consumers` or a tenant id. */
export const MICROSOFT_LOGIN = 'https://login.microsoftonline.com';
/** Items per delta page, asked with `Prefer: odata.maxpagesize` (https://learn.microsoft.com/en-us/graph/delta-query-messages). */
export const DELTA_PAGE_SIZE = 50;

/**
 * Read-only scopes: a refresh token (`offline_access`), the signed-in
 * user's profile (`User.Read`, for the health check and the mailbox's own
 * domain), message metadata without bodies (`Mail.ReadBasic`: no body,
 * bodyPreview, attachments or extended properties; never `Mail.Read`), and
 * calendars (`Calendars.Read`).
 */
export const O365_SCOPES = ['offline_access', 'User.Read', 'Mail.ReadBasic', 'Calendars.Read'] as const;

/**
 * Message fields the mail delta asks for: metadata only. `subject` is added
 * only when the tenant's privacy settings allow subjects. Every name is a
 * structural property of `microsoft.graph.message` (the contract test checks
 * them against Graph's CSDL).
 */
export const MESSAGE_METADATA_FIELDS = [
  'from',
  'toRecipients',
  'ccRecipients',
  'receivedDateTime',
  'sentDateTime',
  'internetMessageId',
  'conversationId',
  'isDraft',
] as const;

/** Graph's next links and delta links (`@odata.nextLink` with `$skiptoken`, `@odata.deltaLink` with `$deltatoken`). */
export const GRAPH_PAGINATION: PaginationSpec = { style: 'next_url', itemsPath: 'value', nextUrlPath: '@odata.nextLink' };

const text = z.string().nullish();

/** `microsoft.graph.emailAddress`: both properties are nullable in the CSDL. */
export const GraphEmailAddress = z.object({ address: text, name: text });
/** `microsoft.graph.recipient`. */
export const GraphRecipient = z.object({ emailAddress: GraphEmailAddress.nullish() });
export type GraphRecipient = z.infer<typeof GraphRecipient>;

/** `microsoft.graph.dateTimeTimeZone`: a local time without offset (`2026-12-01T09:00:00.0000000`) and its zone. */
export const GraphDateTimeTimeZone = z.object({ dateTime: z.string(), timeZone: text });
export type GraphDateTimeTimeZone = z.infer<typeof GraphDateTimeTimeZone>;

/** `microsoft.graph.attendee` (a recipient with its type and response). */
export const GraphAttendee = GraphRecipient.extend({
  type: z.enum(['required', 'optional', 'resource']).nullish(),
  status: z.object({ response: text, time: text }).nullish(),
});
export type GraphAttendee = z.infer<typeof GraphAttendee>;

/** A delta page: items, and either a next link or the delta link (https://learn.microsoft.com/en-us/graph/delta-query-overview). */
export const GraphDeltaPage = z.looseObject({
  value: z.array(z.unknown()),
  '@odata.nextLink': z.string().optional(),
  '@odata.deltaLink': z.string().optional(),
});

/** `GET /me`: only what tells the mailbox's own domain. */
export const GraphUser = z.looseObject({ id: z.string(), mail: text, userPrincipalName: text });
export type GraphUser = z.infer<typeof GraphUser>;

/** Graph's error envelope (https://learn.microsoft.com/en-us/graph/errors). */
export const GraphErrorBody = z.object({
  error: z.looseObject({
    code: z.string(),
    message: z.string().optional(),
    innerError: z.looseObject({ code: z.string().optional(), 'request-id': z.string().optional() }).optional(),
  }),
});
