import type { ConnectorRow, O365ConfigRow, TenantScope } from '@tributary/db';
import { z } from 'zod';

/**
 * Settings the platform owns for a connector type: kept in a table of their
 * own (with their own mutations, roles and audit), and put into the
 * connection's settings at every sync over whatever the stored settings say,
 * so they cannot be set through the connector's generic settings.
 */
export interface PlatformSettings {
  /** Setting names the platform owns. */
  keys: readonly string[];
  load(scope: TenantScope, connectorId: string): Promise<Record<string, unknown>>;
}

/**
 * The `privacy` settings of an Office 365 connection, from its `o365_config` record.
 *
 * @example
 * o365PrivacySettings(await scope.o365Config.get(connectorId)) // { dpaAcceptedAt: null, allowedDomains: [], ownDomain: null, includeSubjects: false }
 */
export function o365PrivacySettings(row: O365ConfigRow): Record<string, unknown> {
  return {
    dpaAcceptedAt: row.dpaAcceptedAt?.toISOString() ?? null,
    allowedDomains: row.allowedDomains,
    ownDomain: row.ownDomain,
    includeSubjects: row.includeSubjects,
  };
}

/** Connector types with platform-owned settings. */
export const PLATFORM_SETTINGS: Readonly<Record<string, PlatformSettings>> = {
  // The DPA acceptance and the domain allowlist are the tenant's privacy record (o365_config), not connection settings.
  o365: { keys: ['privacy'], load: async (scope, id) => ({ privacy: o365PrivacySettings(await scope.o365Config.get(id)) }) },
};

/**
 * The setting names a connector type's generic settings may not set.
 *
 * @example
 * platformSettingKeys('o365') // ['privacy']
 */
export function platformSettingKeys(type: string): readonly string[] {
  return PLATFORM_SETTINGS[type]?.keys ?? [];
}

const SettingsRecord = z.record(z.string(), z.unknown()).catch({});

/**
 * A connection's settings for a sync: the stored ones, with the
 * platform-owned keys replaced by their records (a stored value under such a
 * key is ignored, never trusted).
 */
export async function connectionSettings(scope: TenantScope, row: Pick<ConnectorRow, 'id' | 'type' | 'settings'>): Promise<unknown> {
  const platform = PLATFORM_SETTINGS[row.type];
  if (!platform) return row.settings ?? {};
  const stored = Object.entries(SettingsRecord.parse(row.settings)).filter(([key]) => !platform.keys.includes(key));
  return { ...Object.fromEntries(stored), ...(await platform.load(scope, row.id)) };
}
