import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineConnector } from '../connector/define.js';
import { sampleDefinition } from '../testing/sample-connector.js';
import { isRejected, toRecords } from './records.js';
import { defineChild, defineStream } from './types.js';

const Meeting = z.object({ id: z.string(), invitees: z.array(z.unknown()) });
const Invitee = z.object({ email: z.email(), external: z.boolean() });

const meetings = defineStream({
  name: 'meetings',
  entity: 'activity',
  description: 'Meetings',
  request: { path: '/meetings' },
  schema: Meeting,
  incremental: { type: 'fullRefresh' },
  isDeleted: (raw) => raw['deleted'] === true,
  children: [
    defineChild<z.infer<typeof Meeting>, z.infer<typeof Invitee>>({
      name: 'meeting_people',
      entity: 'person',
      description: 'Invitees',
      primaryKey: 'email',
      schema: Invitee,
      items: (m) => m.invitees,
      derive: (i, { parent }) => ({ meeting: (parent as { id: string }).id, kind: i.external ? 'external' : 'internal' }),
    }),
  ],
});

describe('child streams', () => {
  it("emit each item's children right after it, with the parent at hand; none for a deleted or rejected parent", () => {
    const items = [
      {
        id: 'm1',
        invitees: [
          { email: 'a@x.test', external: true },
          { email: 'nope', external: false },
        ],
      },
      { id: 'm2', deleted: true, invitees: [{ email: 'b@x.test', external: false }] },
      { id: 3, invitees: [{ email: 'c@x.test', external: false }] },
    ];
    const { records, rejected } = toRecords(meetings, items, {}, 'Acme');
    expect(records.map((r) => [r.stream, r.raw['id'] ?? r.raw['email'], r.derived])).toEqual([
      ['meetings', 'm1', undefined],
      ['meeting_people', 'a@x.test', { meeting: 'm1', kind: 'external' }],
      ['meetings', 'm2', undefined],
    ]);
    expect(rejected.map((r) => [r.stream, r.externalId])).toEqual([
      ['meeting_people', 'nope'],
      ['meetings', '3'],
    ]);
    expect(rejected.every((r) => isRejected(r))).toBe(true);
  });

  it('are streams of their own in the manifest, so mappings can target them', () => {
    const connector = defineConnector({
      ...sampleDefinition(),
      streams: [meetings],
      sync: undefined,
      getSchema: () => [
        { stream: 'meetings', source: 'id', target: 'externalId' },
        { stream: 'meeting_people', source: 'email', target: 'externalId' },
      ],
    });
    expect(connector.streams.map((s) => [s.name, s.entity, s.primaryKey])).toEqual([
      ['meetings', 'activity', 'id'],
      ['meeting_people', 'person', 'email'],
    ]);
  });
});
