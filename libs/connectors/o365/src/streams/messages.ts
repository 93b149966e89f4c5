import { createHash } from 'node:crypto';
import { defineStream, type HttpRequest, type PartitionSpec } from '@tributary/core';
import { z } from 'zod';
import { graphPath, GraphRecipient, MESSAGE_METADATA_FIELDS } from '../api.js';
import type { O365Settings } from '../config.js';
import { DELTA_HEADERS, isExpiredDelta, readDelta } from '../delta.js';
import { mailboxMemo } from '../mailbox.js';
import { asList, asRecord, requireDpa, screenRecipients, tombstone, type ParticipantCounts, type PrivacyPolicy } from '../privacy.js';
import { messageParticipants } from './participants.js';

const stamp = z.iso.datetime({ offset: true });

/** What is left of a message after screening: metadata, allowed recipients only, and counts of the rest. */
export const O365Message = z.object({
  id: z.string().min(1),
  receivedDateTime: stamp.nullish(),
  sentDateTime: stamp.nullish(),
  /** SHA-256 of the RFC 5322 Message-ID: it matches the same message across mailboxes, but its `@domain` (the sender's) is not kept. */
  internetMessageIdHash: z.string().nullish(),
  conversationId: z.string().nullish(),
  /** Present only when the privacy settings allow subjects. */
  subject: z.string().nullish(),
  from: GraphRecipient.nullable(),
  toRecipients: z.array(GraphRecipient),
  ccRecipients: z.array(GraphRecipient),
  participantCounts: z.object({ internal: z.int(), allowed: z.int(), withheld: z.int() }),
});
export type O365Message = z.infer<typeof O365Message>;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The `$select` of the mail delta: metadata fields, and `subject` only when allowed. */
export function messageSelect(settings: Pick<O365Settings, 'privacy'>): string {
  return [...MESSAGE_METADATA_FIELDS, ...(settings.privacy.includeSubjects ? ['subject'] : [])].join(',');
}

/**
 * A Graph message -> what may be stored: deletions stay tombstones; a draft,
 * or a message with no participant in an allowed domain, becomes a tombstone
 * too (nothing of it is stored, and a copy stored under an older allowlist
 * is marked deleted); otherwise only allowed recipients are kept, subjects
 * only when allowed, the rest are counted, and the Message-ID is hashed (its
 * domain is the sender's, who may be withheld).
 *
 * @example
 * screenMessage({ id: 'm1', from: us, toRecipients: [them] }, policy) // { id: 'm1', from: null, toRecipients: [them], ... }
 */
export function screenMessage(raw: unknown, policy: PrivacyPolicy): Record<string, unknown> {
  const item = asRecord(raw);
  if (item['@removed'] !== undefined) return tombstone(item, String(asRecord(item['@removed'])['reason'] ?? 'deleted'));
  const counts: ParticipantCounts = { internal: 0, allowed: 0, withheld: 0 };
  const from = screenRecipients([item['from']], policy, counts);
  const toRecipients = screenRecipients(asList(item['toRecipients']), policy, counts);
  const ccRecipients = screenRecipients(asList(item['ccRecipients']), policy, counts);
  if (item['isDraft'] === true || counts.allowed === 0) return tombstone(item, 'withheld');
  return {
    id: item['id'],
    receivedDateTime: item['receivedDateTime'],
    sentDateTime: item['sentDateTime'],
    internetMessageIdHash: typeof item['internetMessageId'] === 'string' ? sha256(item['internetMessageId']) : null,
    conversationId: item['conversationId'],
    ...(policy.includeSubjects && item['subject'] !== undefined ? { subject: item['subject'] } : {}),
    from: from[0] ?? null,
    toRecipients,
    ccRecipients,
    participantCounts: counts,
  };
}

/**
 * `GET /me/mailFolders/{folder}/messages/delta` with the metadata `$select`
 * (https://learn.microsoft.com/en-us/graph/api/message-delta). Query options
 * go on the first call only; Graph encodes them in the links it returns.
 */
export function messagesRequest(folder: string, settings: O365Settings): HttpRequest {
  return {
    path: graphPath(`me/mailFolders/${encodeURIComponent(folder)}/messages/delta`),
    query: { $select: messageSelect(settings) },
    headers: { ...DELTA_HEADERS },
  };
}

/** The folders read (Inbox, Sent Items), each its own delta; nothing is listed before the DPA is accepted. */
const folderPartitions: PartitionSpec<O365Settings> = {
  list: (ctx) => {
    requireDpa(ctx.settings.privacy);
    return ctx.settings.folders.map((key) => ({ key }));
  },
  still: (partition, ctx) => ctx.settings.folders.some((f) => f === partition.key),
};

/** The address the activity is about: its first allowed participant. */
export const firstAddress = (recipients: readonly (GraphRecipient | null)[]): string | undefined =>
  recipients.find((r) => r?.emailAddress?.address)?.emailAddress?.address ?? undefined;

/**
 * Mail of the selected folders as activities: `email_received` (Inbox, at
 * `receivedDateTime`) or `email_sent` (Sent Items, at `sentDateTime`) on the
 * email channel, with the allowed participants as a child stream. Read by
 * delta query per folder; `@removed` entries are deletions; an expired delta
 * token restarts the folder.
 */
export const messages = defineStream<O365Message, O365Settings>({
  name: 'messages',
  entity: 'activity',
  description: 'Email metadata (no bodies) from Inbox and Sent Items, as email_received / email_sent activities',
  label: 'message',
  schema: O365Message,
  partitions: folderPartitions,
  incremental: { type: 'deltaLink', nextLinkPath: '@odata.nextLink', deltaLinkPath: '@odata.deltaLink', resetOn: isExpiredDelta },
  prepare: (ctx) => mailboxMemo(ctx.http),
  read: (window, ctx) => readDelta(window, ctx, messagesRequest(window.partition?.key ?? 'inbox', ctx.settings), screenMessage),
  isDeleted: (raw) => raw['@removed'] !== undefined,
  derive: (m, { partition }) => {
    const sent = partition?.key === 'sentitems';
    return {
      type: sent ? 'email_sent' : 'email_received',
      channel: 'email',
      occurredAt: (sent ? m.sentDateTime : m.receivedDateTime) ?? m.receivedDateTime ?? m.sentDateTime,
      personExternalId: firstAddress([m.from, ...m.toRecipients, ...m.ccRecipients]),
      properties: {
        folder: partition?.key ?? null,
        internetMessageIdHash: m.internetMessageIdHash ?? null,
        conversationId: m.conversationId ?? null,
        ...(m.subject !== undefined ? { subject: m.subject } : {}),
        participants: m.participantCounts,
      },
    };
  },
  children: [messageParticipants],
});
