import type { FieldMappingInput } from '@tributary/core';

const activity = (stream: 'messages' | 'events'): FieldMappingInput[] => [
  { stream, source: 'id', target: 'externalId' },
  { stream, source: '$.type', target: 'type' },
  { stream, source: '$.channel', target: 'channel' },
  { stream, source: '$.occurredAt', target: 'occurredAt' },
  { stream, source: '$.personExternalId', target: 'personExternalId', transform: 'lowercase' },
  { stream, source: '$.properties', target: 'properties' },
];

const participant = (stream: 'message_participants' | 'event_participants'): FieldMappingInput[] => [
  { stream, source: 'key', target: 'externalId' },
  { stream, source: '$.activityExternalId', target: 'activityExternalId' },
  { stream, source: 'role', target: 'role' },
  { stream, source: 'address', target: 'email', transform: 'lowercase' },
  { stream, source: 'name', target: 'name', transform: 'trim' },
  { stream, source: '$.internal', target: 'internal' },
  { stream, source: 'address', target: 'personExternalId', transform: 'lowercase' },
];

/**
 * Default Office 365 -> canonical mappings. Paths read the screened Graph
 * item (what the privacy settings let through); `$.x` reads what the stream
 * derived (activity type by folder, the UTC start of a meeting, properties).
 * An override can only map what screening kept: withheld recipients and
 * subjects are not in the row at all.
 */
export const O365_MAPPINGS: FieldMappingInput[] = [
  ...activity('messages'),
  ...participant('message_participants'),
  ...activity('events'),
  ...participant('event_participants'),
];
