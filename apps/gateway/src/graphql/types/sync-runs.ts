import { z } from 'zod';
import type { SyncLogRow } from '@tributary/db';
import { waitForSync } from '../../services/sync-runs.js';
import { builder } from '../builder.js';
import { Id } from '../inputs.js';
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
