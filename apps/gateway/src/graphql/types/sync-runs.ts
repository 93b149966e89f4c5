import { z } from 'zod';
import type { SyncLogRow } from '@tributary/db';
import { applyMappingsToStoredRows } from '../../services/dead-letters.js';
import { waitForSync } from '../../services/sync-runs.js';
import { MUTATION_ERRORS } from '../errors.js';
import { builder } from '../builder.js';
import { Id, Text } from '../inputs.js';
import { SyncLogRef } from './sync.js';

builder.queryFields((t) => ({
  syncRun: t.field({
    type: SyncLogRef,
    nullable: true,
    description: 'One sync run by id (poll it to follow a run: `done` turns true when it ends)',
    authScopes: { viewer: true },
    args: { id: t.arg.id({ required: true, validate: Id }) },
    resolve: (_r, args, ctx) => ctx.rt.db.prisma.syncLog.findFirst({ where: { id: String(args.id), tenantId: ctx.principal.tenantId } }),
  }),
  waitForSync: t.field({
    type: SyncLogRef,
    nullable: true,
    description:
      "Wait until the connector's running sync ends (or `timeoutSeconds` pass, at most 60) and return its newest full or incremental run: check `done`. Null when it has never synced.",
    authScopes: { viewer: true },
    args: {
      connectorId: t.arg.id({ required: true, validate: Id }),
      timeoutSeconds: t.arg.int({ required: false, defaultValue: 30, validate: z.number().int().min(1).max(60).nullish() }),
    },
    resolve: (_r, args, ctx): Promise<SyncLogRow | null> =>
      waitForSync(ctx.rt, ctx.principal.tenantId, String(args.connectorId), (args.timeoutSeconds ?? 30) * 1_000, ctx.request.signal),
  }),
}));

builder.mutationField('applyMappingsToStoredRows', (t) =>
  t.field({
    type: SyncLogRef,
    description:
      "Re-map and re-validate every stored row of a stream from its raw vendor row with today's field mappings, in batches, without calling the vendor: a sync run of type remap (follow it with syncRun; recordsUpdated counts the rows that changed).",
    authScopes: { manager: true },
    errors: { types: MUTATION_ERRORS },
    args: { connectorId: t.arg.id({ required: true, validate: Id }), stream: t.arg.string({ required: true, validate: Text(200) }) },
    resolve: (_r, args, ctx) => applyMappingsToStoredRows(ctx.rt, ctx.principal, String(args.connectorId), args.stream),
  }),
);
