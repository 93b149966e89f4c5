import type { FieldMappingInput } from '@tributary/core';

/**
 * Default Fathom -> canonical mappings. Paths read Fathom's object (a
 * meeting, or a participant row `{role, person}`); `$.x` reads a value the
 * stream derived (ids, the time, internal or external, properties).
 */
export const FATHOM_MAPPINGS: FieldMappingInput[] = [
  { stream: 'meetings', source: 'recording_id', target: 'externalId' },
  { stream: 'meetings', source: '$.type', target: 'type' },
  { stream: 'meetings', source: '$.channel', target: 'channel' },
  { stream: 'meetings', source: '$.occurredAt', target: 'occurredAt' },
  { stream: 'meetings', source: '$.personExternalId', target: 'personExternalId' },
  { stream: 'meetings', source: '$.properties', target: 'properties' },

  { stream: 'meeting_participants', source: '$.externalId', target: 'externalId' },
  { stream: 'meeting_participants', source: '$.activityExternalId', target: 'activityExternalId' },
  { stream: 'meeting_participants', source: 'role', target: 'role' },
  { stream: 'meeting_participants', source: '$.email', target: 'email' },
  { stream: 'meeting_participants', source: '$.name', target: 'name', transform: 'trim' },
  { stream: 'meeting_participants', source: '$.internal', target: 'internal' },
  { stream: 'meeting_participants', source: '$.personExternalId', target: 'personExternalId' },

  { stream: 'meeting_invitees', source: '$.externalId', target: 'externalId' },
  { stream: 'meeting_invitees', source: 'email', target: 'email', transform: 'lowercase' },
  { stream: 'meeting_invitees', source: '$.firstName', target: 'firstName', transform: 'trim' },
  { stream: 'meeting_invitees', source: '$.lastName', target: 'lastName', transform: 'trim' },
  { stream: 'meeting_invitees', source: '$.kind', target: 'kind' },
];
