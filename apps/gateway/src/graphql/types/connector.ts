import { SUGGESTED_FIX, isErrorKind, type HealthStatus } from '@tributary/core';
import type { ConnectorRow } from '@tributary/db';
import { forTenant } from '@tributary/db';
import { checkCron } from '@tributary/sync';
import { connectorRow } from '../../services/connection.js';
import { credentialWarning, type CredentialWarning } from '../../services/credential-expiry.js';
import { rowsHeld } from '../../services/rows-held.js';
import { builder } from '../builder.js';
import { ErrorKindEnum } from '../errors.js';
import { connectionOf, isIdKey } from '../pagination.js';
import { ConnectorTypeRef } from './connector-type.js';
import { DeadLetterRef, SyncLogRef } from './sync.js';
import { Id } from '../inputs.js';

export const ConnectorStatusEnum = builder.enumType('ConnectorStatus', {
  values: ['disconnected', 'connected', 'syncing', 'error'] as const,
});

const LastError = builder.objectRef<{ kind: string; message: string }>('ConnectorError').implement({
  description: 'Why the last sync failed and what to do about it.',
  fields: (t) => ({
    kind: t.field({ type: ErrorKindEnum, resolve: (e) => (isErrorKind(e.kind) ? e.kind : 'transient') }),
    message: t.exposeString('message'),
    suggestedFix: t.string({ resolve: (e) => (isErrorKind(e.kind) ? SUGGESTED_FIX[e.kind] : SUGGESTED_FIX.transient) }),
  }),
});

const Schedule = builder.objectRef<{ cron: string; row: ConnectorRow }>('Schedule').implement({
  fields: (t) => ({
    cron: t.exposeString('cron'),
    nextRuns: t.field({ type: ['DateTime'], resolve: (s) => checkCron(s.cron, 3).nextRuns }),
    paused: t.boolean({
      resolve: async (s, _a, ctx) =>
        (await ctx.rt.orchestrator.describeSchedule(s.row.tenantId, s.row.id))?.paused ?? s.row.config === null,
    }),
  }),
});

const Health = builder.objectRef<HealthStatus>('Health').implement({
  fields: (t) => ({
    status: t.string({ resolve: (h) => h.status }),
    message: t.string({ nullable: true, resolve: (h) => h.message ?? null }),
    checkedAt: t.field({ type: 'DateTime', resolve: (h) => h.checkedAt }),
    latencyMs: t.int({ resolve: (h) => h.latencyMs }),
    details: t.field({ type: 'JSON', nullable: true, resolve: (h) => h.details ?? null }),
  }),
});

const CredentialWarningRef = builder.objectRef<CredentialWarning>('CredentialWarning').implement({
  description: 'Credentials that cannot be renewed automatically and expire soon (or have expired): reconnect.',
  fields: (t) => ({
    expiresAt: t.field({ type: 'DateTime', resolve: (w) => w.expiresAt }),
    expired: t.exposeBoolean('expired'),
    message: t.exposeString('message'),
  }),
});

export const ConnectorRef = builder.objectRef<ConnectorRow>('Connector').implement({
  description: "A tenant's connection to one vendor. Credentials are never exposed.",
  fields: (t) => ({
    id: t.exposeID('id'),
    type: t.exposeString('type'),
    name: t.exposeString('name'),
    connectorType: t.field({
      type: ConnectorTypeRef,
      nullable: true,
      resolve: (c, _a, ctx) => (ctx.rt.registry.has(c.type) ? ctx.rt.registry.get(c.type) : null),
    }),
    status: t.field({ type: ConnectorStatusEnum, resolve: (c) => c.status }),
    connected: t.boolean({ resolve: (c) => c.config !== null }),
    sandbox: t.exposeBoolean('sandbox', { description: 'Runs against the local simulator, not the real vendor' }),
    accountId: t.exposeString('accountId', { nullable: true }),
    accountName: t.exposeString('accountName', { nullable: true }),
    settings: t.field({ type: 'JSON', description: 'Non-secret settings', resolve: (c) => c.settings }),
    lastSyncAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => c.lastSyncAt }),
    lastError: t.field({
      type: LastError,
      nullable: true,
      resolve: (c) => (c.lastSyncError ? { kind: c.lastErrorKind ?? 'transient', message: c.lastSyncError } : null),
    }),
    schedule: t.field({
      type: Schedule,
      nullable: true,
      resolve: (c, _a, ctx) => ({ cron: c.schedule ?? ctx.rt.registry.get(c.type).defaultSchedule, row: c }),
    }),
    health: t.field({
      type: Health,
      nullable: true,
      description: 'The last health check; null while the connector is not connected (a stored check no longer says anything)',
      resolve: (c) => (c.config === null ? null : ((c.health as HealthStatus | null) ?? null)),
    }),
    credentialWarning: t.field({
      type: CredentialWarningRef,
      nullable: true,
      description: 'Set when the vendor issued no refresh token and access expires within 7 days (or has expired)',
      resolve: (c, _a, ctx) => credentialWarning(ctx.rt, c),
    }),
    createdAt: t.field({ type: 'DateTime', resolve: (c) => c.createdAt }),
    currentSync: t.field({
      type: SyncLogRef,
      nullable: true,
      description: 'The running sync, with its progress so far',
      resolve: async (c, _a, ctx) =>
        ctx.rt.db.prisma.syncLog.findFirst({
          where: { tenantId: c.tenantId, connectorId: c.id, status: 'running' },
          orderBy: { startedAt: 'desc' },
        }),
    }),
    lastSync: t.field({
      type: SyncLogRef,
      nullable: true,
      description: 'The newest full or incremental sync (webhook deliveries are in syncLogs)',
      resolve: (c, _a, ctx) =>
        ctx.rt.db.prisma.syncLog.findFirst({
          where: { tenantId: c.tenantId, connectorId: c.id, syncType: { in: ['full', 'incremental'] } },
          orderBy: { startedAt: 'desc' },
        }),
    }),
    syncLogs: t.connection({
      type: SyncLogRef,
      resolve: (c, args, ctx) =>
        connectionOf(
          args,
          isIdKey,
          ({ take, cursor }) =>
            ctx.rt.db.prisma.syncLog.findMany({
              where: { tenantId: c.tenantId, connectorId: c.id },
              orderBy: [{ startedAt: 'desc' }, { id: 'desc' }],
              take,
              ...(cursor ? { cursor: { id: cursor.id }, skip: 1 } : {}),
            }),
          (row) => ({ id: row.id }),
        ),
    }),
    deadLetters: t.connection({
      type: DeadLetterRef,
      resolve: (c, args, ctx) =>
        connectionOf(
          args,
          isIdKey,
          ({ take, cursor }) =>
            ctx.rt.db.prisma.deadLetter.findMany({
              where: { tenantId: c.tenantId, connectorId: c.id },
              orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
              take,
              ...(cursor ? { cursor: { id: cursor.id }, skip: 1 } : {}),
            }),
          (row) => ({ id: row.id }),
        ),
    }),
    rowsHeld: t.int({
      description: 'Canonical rows the connector holds now (vendor deletes left out), whatever the last run changed',
      resolve: (c, _a, ctx) => rowsHeld(ctx.rt, c),
    }),
    deadLetterCount: t.int({ resolve: (c, _a, ctx) => forTenant(ctx.rt.db.prisma, c.tenantId).deadLetters.count(c.id) }),
    webhookUrl: t.string({
      nullable: true,
      description: 'Where to point the vendor webhook (signature verified)',
      resolve: (c, _a, ctx) => (c.type === 'stripe' ? `${ctx.rt.config.publicUrl}/api/webhooks/stripe?connector=${c.id}` : null),
    }),
  }),
});

builder.queryFields((t) => ({
  connectors: t.field({
    type: [ConnectorRef],
    authScopes: { viewer: true },
    resolve: (_r, _a, ctx) => forTenant(ctx.rt.db.prisma, ctx.principal.tenantId).connectors.list(),
  }),
  connector: t.field({
    type: ConnectorRef,
    nullable: true,
    authScopes: { viewer: true },
    args: { id: t.arg.id({ required: true, validate: Id }) },
    resolve: (_r, args, ctx) => connectorRow(ctx.rt, ctx.principal.tenantId, String(args.id)).catch(() => null),
  }),
}));
