import { validateMappings, type FieldMappingInput, type VendorAccount } from '@tributary/core';
import { forTenant } from '@tributary/db';
import { checkCron, platformSettingKeys, writebackEnabled } from '@tributary/sync';
import type { Principal } from '../auth/principal.js';
import type { GatewayRuntime } from '../runtime.js';
import { audit } from './audit.js';
import { connectorRow, openConnection, vendorFailure } from './connection.js';
import { ConflictError, InputError } from './errors.js';
import { afterConnect } from './lifecycle.js';

/** Start a sync now (full or incremental). A sync already running is joined, never doubled. */
export async function triggerSync(rt: GatewayRuntime, principal: Principal, connectorId: string, full: boolean) {
  const row = await connectorRow(rt, principal.tenantId, connectorId);
  if (!row.config) throw new ConflictError('Connect the integration before syncing it');
  const mode = full || !row.lastSyncCursor ? 'full' : 'incremental';
  const result = await rt.orchestrator.triggerSync(principal.tenantId, connectorId, { mode, trigger: 'manual' });
  rt.metrics.syncsTriggered.inc({ connector: row.type, mode });
  await audit(rt.db.prisma, principal, 'connector.sync', 'connector', connectorId, { mode, result: result.status });
  return { ...result, mode };
}

/** Start a writeback of changed engagement scores (the connector must support it and have it enabled). */
export async function triggerWriteback(rt: GatewayRuntime, principal: Principal, connectorId: string) {
  const row = await connectorRow(rt, principal.tenantId, connectorId);
  const connector = rt.registry.get(row.type);
  if (!connector.writeback)
    throw new InputError(`${connector.name} does not support writeback`, [{ path: 'connectorId', message: 'no writeback' }]);
  if (!(await writebackEnabled(rt.syncDeps, principal.tenantId, connectorId))) {
    throw new ConflictError(`Writeback is off for ${connector.name}; turn it on in the connector settings first`);
  }
  const result = await rt.orchestrator.triggerWriteback(principal.tenantId, connectorId);
  await audit(rt.db.prisma, principal, 'connector.writeback', 'connector', connectorId, { result: result.status });
  return { ...result, mode: 'writeback' };
}

export async function cancelSync(rt: GatewayRuntime, principal: Principal, connectorId: string): Promise<boolean> {
  await connectorRow(rt, principal.tenantId, connectorId);
  const cancelled = await rt.orchestrator.cancelSync(principal.tenantId, connectorId);
  await audit(rt.db.prisma, principal, 'connector.sync.cancel', 'connector', connectorId, { cancelled });
  return cancelled;
}

/** Change the incremental-sync schedule; the cron is validated (5 fields, at most once a minute). */
export async function updateSchedule(rt: GatewayRuntime, principal: Principal, connectorId: string, cron: string) {
  const row = await connectorRow(rt, principal.tenantId, connectorId);
  const check = checkCron(cron);
  if (!check.ok) throw new InputError(check.error ?? 'Invalid schedule', [{ path: 'cron', message: check.error ?? 'invalid' }]);
  const updated = await forTenant(rt.db.prisma, principal.tenantId).connectors.update(connectorId, { schedule: cron.trim() });
  if (row.config) await rt.orchestrator.upsertSchedule(principal.tenantId, connectorId, cron.trim());
  await audit(rt.db.prisma, principal, 'connector.schedule.update', 'connector', connectorId, { from: row.schedule, to: cron.trim() });
  return updated;
}

/** Replace the tenant's mapping overrides, validated against the connector's streams and the canonical schema. */
export async function updateFieldMappings(rt: GatewayRuntime, principal: Principal, connectorId: string, mappings: FieldMappingInput[]) {
  const row = await connectorRow(rt, principal.tenantId, connectorId);
  const connector = rt.registry.get(row.type);
  const issues = validateMappings(mappings, connector.streams);
  if (issues.length > 0)
    throw new InputError(
      // The message names each field and why, so a person can fix the form without the field errors.
      `Invalid field mappings: ${issues.map((i) => `${mappings[i.index]?.stream ?? '?'} (mapping ${i.index + 1}): ${i.message}`).join('; ')}`,
      issues.map((i) => ({ path: `mappings.${i.index}`, message: i.message })),
    );
  const keys = new Set<string>();
  for (const [index, m] of mappings.entries()) {
    const key = `${m.stream}/${m.target}`;
    if (keys.has(key))
      throw new InputError(`Invalid field mappings: ${m.target} of ${m.stream} is mapped twice; keep one`, [
        { path: `mappings.${index}`, message: `${m.target} of ${m.stream} is mapped twice` },
      ]);
    keys.add(key);
  }
  const normalized = mappings.map((m) => ({
    stream: m.stream,
    source: m.source.trim(),
    target: m.target,
    transform: m.transform ?? 'none',
  }));
  await rt.db.prisma.$transaction(async (tx) => forTenant(tx, principal.tenantId).fieldMappings.replace(connectorId, normalized));
  await audit(rt.db.prisma, principal, 'connector.mappings.update', 'connector', connectorId, { overrides: normalized.length });
}

/** Change a connector's non-secret settings (date ranges, login host), validated by the connector; a null value clears one. */
export async function updateSettings(rt: GatewayRuntime, principal: Principal, connectorId: string, input: Record<string, unknown>) {
  const row = await connectorRow(rt, principal.tenantId, connectorId);
  const connector = rt.registry.get(row.type);
  const owned = platformSettingKeys(row.type).filter((key) => key in input);
  if (owned.length > 0) {
    throw new InputError(
      `${owned.join(', ')} cannot be set here: ${connector.name}'s privacy settings are managed on their own (the Privacy tab)`,
      owned.map((key) => ({ path: key, message: 'managed by its own mutation' })),
    );
  }
  // A null clears a setting (back to its default): JSON has no undefined, and a merge alone could never unset an optional one.
  const merged = Object.fromEntries(
    Object.entries({ ...(row.settings as Record<string, unknown>), ...input }).filter(([key]) => input[key] !== null),
  );
  const parsed = connector.settingsSchema.safeParse(merged);
  if (!parsed.success)
    throw new InputError(
      'Invalid settings',
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  const updated = await forTenant(rt.db.prisma, principal.tenantId).connectors.update(connectorId, {
    settings: parsed.data as Record<string, unknown>,
  });
  await audit(rt.db.prisma, principal, 'connector.settings.update', 'connector', connectorId, { keys: Object.keys(input) });
  return updated;
}

/** The vendor accounts this login can see (ad accounts, properties, portals). */
export async function listAccounts(rt: GatewayRuntime, principal: Principal, connectorId: string): Promise<VendorAccount[]> {
  const conn = await openConnection(rt, principal.tenantId, connectorId);
  if (!conn.connector.listAccounts) return [];
  try {
    return await conn.connector.listAccounts(conn.credentials, conn.ctx);
  } catch (error) {
    throw vendorFailure(error);
  }
}

/** Pick the account to sync; the first sync starts once one is chosen. */
export async function selectAccount(rt: GatewayRuntime, principal: Principal, connectorId: string, accountId: string) {
  const accounts = await listAccounts(rt, principal, connectorId);
  const account = accounts.find((a) => a.id === accountId);
  if (!account) throw new InputError('That account is not available to this login', [{ path: 'accountId', message: 'not found' }]);
  const row = await connectorRow(rt, principal.tenantId, connectorId);
  const connector = rt.registry.get(row.type);
  const current = connector.settingsSchema.parse(row.settings ?? {});
  const settings = connector.applyAccount
    ? connector.applyAccount(current, account)
    : { ...(current as Record<string, unknown>), accountId: account.id };
  const parsed = connector.settingsSchema.safeParse(settings);
  if (!parsed.success)
    throw new InputError('The account could not be applied to the settings', [
      { path: 'accountId', message: parsed.error.issues[0]?.message ?? 'invalid' },
    ]);
  await forTenant(rt.db.prisma, principal.tenantId).connectors.update(connectorId, {
    accountId: account.id,
    accountName: account.name,
    settings: parsed.data as Record<string, unknown>,
  });
  await audit(rt.db.prisma, principal, 'connector.account.select', 'connector', connectorId, { accountId: account.id });
  await afterConnect(rt, principal.tenantId, connectorId);
  return forTenant(rt.db.prisma, principal.tenantId).connectors.getOrThrow(connectorId);
}
