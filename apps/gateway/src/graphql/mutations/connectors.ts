import { checkApiKeyType, connectApiKey } from '../../services/connect-api-key.js';
import { startOAuth } from '../../services/connect-oauth.js';
import { runHealthCheck, connectorRow } from '../../services/connection.js';
import { disconnect } from '../../services/disconnect.js';
import { removeConnector } from '../../services/remove.js';
import { InputError } from '../../services/errors.js';
import {
  triggerWriteback,
  cancelSync,
  listAccounts,
  selectAccount,
  triggerSync,
  updateFieldMappings,
  updateSchedule,
  updateSettings,
} from '../../services/operations.js';
import { audit } from '../../services/audit.js';
import { builder } from '../builder.js';
import { MUTATION_ERRORS } from '../errors.js';
import { ConnectorRef } from '../types/connector.js';
import { FieldMappingInput } from '../types/mappings.js';
import { z } from 'zod';
import { AccountId, ConnectorType, Cron, CredentialValue, Id, JsonInput, Text } from '../inputs.js';

const KeyValue = builder.inputType('CredentialInput', {
  fields: (t) => ({
    name: t.string({ required: true, validate: Text(100) }),
    value: t.string({ required: true, validate: CredentialValue }),
  }),
});

const VendorAccountRef = builder
  .objectRef<{ id: string; name: string; currency?: string; timezone?: string; parentId?: string; manager?: boolean }>('VendorAccount')
  .implement({
    fields: (t) => ({
      id: t.exposeID('id'),
      name: t.exposeString('name'),
      currency: t.string({ nullable: true, resolve: (a) => a.currency ?? null }),
      timezone: t.string({ nullable: true, resolve: (a) => a.timezone ?? null }),
      parentId: t.string({ nullable: true, resolve: (a) => a.parentId ?? null }),
      manager: t.boolean({ resolve: (a) => a.manager ?? false }),
    }),
  });

const TriggerResultRef = builder.objectRef<{ status: string; mode: string }>('TriggerSyncResult').implement({
  fields: (t) => ({
    status: t.exposeString('status', { description: 'started, or already_running (joined)' }),
    mode: t.exposeString('mode'),
  }),
});

const HealthResultRef = builder.objectRef<{ status: string; message?: string; latencyMs: number }>('HealthCheckResult').implement({
  fields: (t) => ({
    status: t.exposeString('status'),
    message: t.string({ nullable: true, resolve: (h) => h.message ?? null }),
    latencyMs: t.exposeInt('latencyMs'),
  }),
});

const id = (value: string | number) => String(value);

builder.queryField('vendorAccounts', (t) =>
  t.field({
    type: [VendorAccountRef],
    description: 'The accounts (ad accounts, properties, portals) this connection can see',
    authScopes: { viewer: true },
    errors: { types: MUTATION_ERRORS },
    args: { connectorId: t.arg.id({ required: true, validate: Id }) },
    resolve: (_r, args, ctx) => listAccounts(ctx.rt, ctx.principal, id(args.connectorId)),
  }),
);

builder.mutationFields((t) => ({
  connectApiKey: t.field({
    type: ConnectorRef,
    description: 'Verify an API key with the vendor, then store it encrypted and start the first sync. `useSandbox` uses the sandbox key.',
    authScopes: { manager: true },
    errors: { types: MUTATION_ERRORS },
    args: {
      type: t.arg.string({ required: true, validate: ConnectorType }),
      credentials: t.arg({ type: [KeyValue], required: false, validate: z.array(z.unknown()).max(20).nullish() }),
      useSandbox: t.arg.boolean({ required: false }),
    },
    resolve: (_r, args, ctx) => {
      checkApiKeyType(ctx.rt.registry, args.type);
      const sandboxKey = ctx.rt.sandboxes.get(args.type)?.apiKey;
      if (args.useSandbox && !sandboxKey)
        throw new InputError(`${args.type} has no sandbox: connect it with your own credentials`, [
          { path: 'useSandbox', message: 'no sandbox' },
        ]);
      const fields =
        args.useSandbox && sandboxKey ? { apiKey: sandboxKey } : Object.fromEntries((args.credentials ?? []).map((c) => [c.name, c.value]));
      return connectApiKey(ctx.rt, ctx.principal, args.type, fields);
    },
  }),
  connectOAuth: t.string({
    description: "The vendor's consent URL to send the browser to; the callback finishes the connection.",
    authScopes: { manager: true },
    errors: { types: MUTATION_ERRORS },
    args: {
      type: t.arg.string({ required: true, validate: ConnectorType }),
      settings: t.arg({ type: 'JSON', required: false, validate: JsonInput(16_384) }),
    },
    resolve: (_r, args, ctx) => startOAuth(ctx.rt, ctx.principal, args.type, (args.settings ?? {}) as Record<string, unknown>),
  }),
  selectAccount: t.field({
    type: ConnectorRef,
    authScopes: { manager: true },
    errors: { types: MUTATION_ERRORS },
    args: { connectorId: t.arg.id({ required: true, validate: Id }), accountId: t.arg.string({ required: true, validate: AccountId }) },
    resolve: (_r, args, ctx) => selectAccount(ctx.rt, ctx.principal, id(args.connectorId), args.accountId),
  }),
  triggerSync: t.field({
    type: TriggerResultRef,
    authScopes: { manager: true },
    errors: { types: MUTATION_ERRORS },
    args: { connectorId: t.arg.id({ required: true, validate: Id }), full: t.arg.boolean({ required: false }) },
    resolve: (_r, args, ctx) => triggerSync(ctx.rt, ctx.principal, id(args.connectorId), args.full ?? false),
  }),
  triggerWriteback: t.field({
    type: TriggerResultRef,
    description:
      'Write changed engagement scores back to the vendor (connectors that support it, with writeback enabled in their settings).',
    authScopes: { manager: true },
    errors: { types: MUTATION_ERRORS },
    args: { connectorId: t.arg.id({ required: true, validate: Id }) },
    resolve: (_r, args, ctx) => triggerWriteback(ctx.rt, ctx.principal, id(args.connectorId)),
  }),
  cancelSync: t.boolean({
    authScopes: { manager: true },
    errors: { types: MUTATION_ERRORS },
    args: { connectorId: t.arg.id({ required: true, validate: Id }) },
    resolve: (_r, args, ctx) => cancelSync(ctx.rt, ctx.principal, id(args.connectorId)),
  }),
  updateFieldMappings: t.field({
    type: ConnectorRef,
    description: "Replace the tenant's overrides of the connector's default mappings (validated).",
    authScopes: { manager: true },
    errors: { types: MUTATION_ERRORS },
    args: {
      connectorId: t.arg.id({ required: true, validate: Id }),
      mappings: t.arg({ type: [FieldMappingInput], required: true, validate: z.array(z.unknown()).max(500) }),
    },
    resolve: async (_r, args, ctx) => {
      await updateFieldMappings(
        ctx.rt,
        ctx.principal,
        id(args.connectorId),
        args.mappings.map((m) => ({ ...m, transform: m.transform ?? 'none' })),
      );
      return connectorRow(ctx.rt, ctx.principal.tenantId, id(args.connectorId));
    },
  }),
  updateSchedule: t.field({
    type: ConnectorRef,
    authScopes: { manager: true },
    errors: { types: MUTATION_ERRORS },
    args: { connectorId: t.arg.id({ required: true, validate: Id }), cron: t.arg.string({ required: true, validate: Cron }) },
    resolve: (_r, args, ctx) => updateSchedule(ctx.rt, ctx.principal, id(args.connectorId), args.cron),
  }),
  updateConnectorSettings: t.field({
    type: ConnectorRef,
    description:
      "Merge settings into the connection's stored ones (a null value clears one back to its default), validated by the connector: see ConnectorType.settingsSchema. Field errors name the setting's path.",
    authScopes: { manager: true },
    errors: { types: MUTATION_ERRORS },
    args: {
      connectorId: t.arg.id({ required: true, validate: Id }),
      settings: t.arg({ type: 'JSON', required: true, validate: JsonInput(65_536) }),
    },
    resolve: (_r, args, ctx) =>
      updateSettings(ctx.rt, ctx.principal, id(args.connectorId), (args.settings ?? {}) as Record<string, unknown>),
  }),
  checkHealth: t.field({
    type: HealthResultRef,
    authScopes: { manager: true },
    errors: { types: MUTATION_ERRORS },
    args: { connectorId: t.arg.id({ required: true, validate: Id }) },
    resolve: async (_r, args, ctx) => {
      await connectorRow(ctx.rt, ctx.principal.tenantId, id(args.connectorId));
      const health = await runHealthCheck(ctx.rt, ctx.principal.tenantId, id(args.connectorId));
      await audit(ctx.rt.db.prisma, ctx.principal, 'connector.health', 'connector', id(args.connectorId), { status: health.status });
      return health;
    },
  }),
  disconnect: t.field({
    type: ConnectorRef,
    description: 'Revoke access at the vendor where possible, delete the stored credentials and pause the schedule. Synced data is kept.',
    authScopes: { admin: true },
    errors: { types: MUTATION_ERRORS },
    args: { connectorId: t.arg.id({ required: true, validate: Id }) },
    resolve: (_r, args, ctx) => disconnect(ctx.rt, ctx.principal, id(args.connectorId)),
  }),
  removeConnector: t.field({
    type: RemovedConnectorRef,
    description:
      'Delete a connector for good: disconnect it, delete its schedule and everything synced through it. Refused while a sync runs. Use disconnect to keep the data.',
    authScopes: { admin: true },
    errors: { types: MUTATION_ERRORS },
    args: { connectorId: t.arg.id({ required: true, validate: Id }) },
    resolve: (_r, args, ctx) => removeConnector(ctx.rt, ctx.principal, id(args.connectorId)),
  }),
}));

const RemovedConnectorRef = builder.objectRef<{ id: string; type: string }>('RemovedConnector').implement({
  description: 'A connector that was removed, with its data.',
  fields: (t) => ({ id: t.exposeID('id'), type: t.exposeString('type') }),
});
