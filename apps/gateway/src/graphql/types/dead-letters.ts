import { z } from 'zod';
import { forTenant, type DeadLetterGroup } from '@tributary/db';
import type { ReplayResult } from '@tributary/sync';
import { dismissDeadLetters, replayDeadLetterGroup } from '../../services/dead-letters.js';
import { builder } from '../builder.js';
import { MUTATION_ERRORS } from '../errors.js';
import { Id, Text } from '../inputs.js';
import { ConnectorRef } from './connector.js';
import { DeadLetterRef, DeadLetterStatusEnum } from './sync.js';

type GroupOf = DeadLetterGroup & { connectorId: string; tenantId: string };

const DeadLetterGroupRef = builder.objectRef<GroupOf>('DeadLetterGroup').implement({
  description: 'Dead letters of one stream rejected for the same reason: dismissed or replayed together.',
  fields: (t) => ({
    stream: t.exposeString('stream'),
    reason: t.exposeString('reason'),
    kind: t.exposeString('kind'),
    status: t.field({ type: DeadLetterStatusEnum, resolve: (g) => g.status }),
    letters: t.exposeInt('letters', { description: 'Distinct rows in the group' }),
    occurrences: t.exposeInt('occurrences', { description: 'Rejections over every row of the group, repeats included' }),
    lastSeenAt: t.field({ type: 'DateTime', resolve: (g) => g.lastSeenAt }),
    samples: t.field({
      type: [DeadLetterRef],
      description: 'A few letters of the group (newest first)',
      args: { take: t.arg.int({ required: false, defaultValue: 3, validate: z.number().int().min(1).max(20).nullish() }) },
      resolve: (g, args, ctx) =>
        ctx.rt.db.prisma.deadLetter.findMany({
          where: { tenantId: g.tenantId, connectorId: g.connectorId, status: g.status, stream: g.stream, reason: g.reason },
          orderBy: [{ lastSeenAt: 'desc' }, { id: 'desc' }],
          take: args.take ?? 3,
        }),
    }),
  }),
});

builder.objectField(ConnectorRef, 'deadLetterGroups', (t) =>
  t.field({
    type: [DeadLetterGroupRef],
    description: 'Dead letters grouped by stream and reason, the largest groups first',
    args: { status: t.arg({ type: DeadLetterStatusEnum, required: false, defaultValue: 'open' }) },
    resolve: async (c, args, ctx) =>
      (await forTenant(ctx.rt.db.prisma, c.tenantId).deadLetters.groups(c.id, args.status ?? 'open')).map((g) => ({
        ...g,
        connectorId: c.id,
        tenantId: c.tenantId,
      })),
  }),
);

const ReplayResultRef = builder.objectRef<ReplayResult>('DeadLetterReplay').implement({
  description: 'What a replay did: letters read, stored (and resolved), still failing (left open) and why.',
  fields: (t) => ({
    syncLogId: t.exposeID('syncLogId'),
    letters: t.exposeInt('letters'),
    stored: t.exposeInt('stored'),
    stillFailing: t.exposeInt('stillFailing'),
    reason: t.exposeString('reason', { nullable: true }),
  }),
});

const groupArgs = (t: Parameters<Parameters<typeof builder.mutationFields>[0]>[0]) => ({
  connectorId: t.arg.id({ required: true, validate: Id }),
  stream: t.arg.string({ required: true, validate: Text(200) }),
  reason: t.arg.string({ required: true, validate: Text(2_000) }),
});

builder.mutationFields((t) => ({
  dismissDeadLetters: t.int({
    description: "Dismiss a group's open dead letters (a repeat of one stays dismissed). Returns how many were dismissed.",
    authScopes: { manager: true },
    errors: { types: MUTATION_ERRORS },
    args: groupArgs(t),
    resolve: (_r, args, ctx) =>
      dismissDeadLetters(ctx.rt, ctx.principal, String(args.connectorId), { stream: args.stream, reason: args.reason }),
  }),
  replayDeadLetters: t.field({
    type: ReplayResultRef,
    description:
      "Run a group's open dead letters through today's field mappings and quality checks and store what now passes, without calling the vendor (a sync run of type replay).",
    authScopes: { manager: true },
    errors: { types: MUTATION_ERRORS },
    args: groupArgs(t),
    resolve: (_r, args, ctx) =>
      replayDeadLetterGroup(ctx.rt, ctx.principal, String(args.connectorId), { stream: args.stream, reason: args.reason }),
  }),
}));
