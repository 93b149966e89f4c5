import { createConnectorContext, type AnyConnector, type ConnectorRegistry } from '@tributary/core';
import { forTenant } from '@tributary/db';
import type { Principal } from '../auth/principal.js';
import type { GatewayRuntime } from '../runtime.js';
import { audit } from './audit.js';
import { vendorFailure } from './connection.js';
import { InputError, VendorFailure } from './errors.js';
import { afterConnect, ensureConnectorRow } from './lifecycle.js';

/**
 * Whether `type` is a connector that takes an API key: an unknown type names
 * the known ones, an OAuth-only connector says how it connects instead.
 */
export function checkApiKeyType(registry: ConnectorRegistry, type: string): AnyConnector {
  if (!registry.has(type)) {
    const known = registry
      .list()
      .map((c) => c.id)
      .sort()
      .join(', ');
    throw new InputError(`Unknown connector type "${type}"; known types: ${known}`, [{ path: 'type', message: 'unknown connector type' }]);
  }
  const connector = registry.get(type);
  if (connector.auth.type !== 'api_key')
    throw new InputError(
      `${connector.name} connects by OAuth only, not with an API key: use connectOAuth(type: "${type}") (in the console: Connect, then Continue to ${connector.name})`,
      [{ path: 'type', message: 'connects by OAuth only' }],
    );
  return connector;
}

/** Check the key fields a connector declares (required, pattern) before any network call. */
function checkFields(connector: AnyConnector, fields: Record<string, string>): void {
  // checkApiKeyType said so already; this narrows the auth for the fields below.
  if (connector.auth.type !== 'api_key') throw new InputError(`${connector.name} connects by OAuth only, not with an API key`);
  const errors = connector.auth.fields.flatMap((f) => {
    const value = fields[f.name]?.trim();
    if (!value) return f.required ? [{ path: f.name, message: `${f.label} is required` }] : [];
    if (f.pattern && !new RegExp(f.pattern).test(value)) return [{ path: f.name, message: `This does not look like a ${f.label}` }];
    return [];
  });
  if (errors.length > 0) throw new InputError('The API key is not valid', errors);
}

/**
 * Connect an API-key connector: validate the key's shape, verify it with
 * the connector's healthCheck BEFORE storing anything, then store it
 * encrypted, mark the connector connected, schedule it and start the
 * first (full) sync. A key equal to the sandbox's key connects to the sandbox.
 */
export async function connectApiKey(rt: GatewayRuntime, principal: Principal, type: string, fields: Record<string, string>) {
  const connector = checkApiKeyType(rt.registry, type);
  checkFields(connector, fields);
  const given = Object.fromEntries(
    Object.entries(fields)
      .filter(([, v]) => v.trim() !== '')
      .map(([k, v]) => [k, v.trim()]),
  );
  const parsed = connector.configSchema.safeParse(given);
  if (!parsed.success)
    throw new InputError(
      'The API key is not valid',
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  const primary = connector.auth.type === 'api_key' ? (connector.auth.fields[0]?.name ?? 'apiKey') : 'apiKey';
  const sandbox = rt.sandboxes.get(type)?.apiKey !== undefined && rt.sandboxes.get(type)?.apiKey === fields[primary]?.trim();
  const options = { logger: rt.logger, ...(sandbox ? { baseUrl: rt.sandboxes.baseUrl(type) } : {}) };
  const settings = connector.settingsSchema.parse({});
  let health;
  try {
    const { credentials } = await connector.authenticate(parsed.data, createConnectorContext(connector, parsed.data, settings, options));
    health = await connector.healthCheck(credentials, createConnectorContext(connector, credentials, settings, options));
  } catch (error) {
    throw vendorFailure(error);
  }
  if (health.status === 'auth_error')
    throw new VendorFailure(
      'auth_revoked',
      health.message ?? `${connector.name} rejected the key`,
      'Check the key, or create a new one with read access, and try again.',
    );
  if (health.status === 'unavailable')
    throw new VendorFailure('transient', health.message ?? `${connector.name} could not be reached`, 'Try again in a few minutes.');
  const row = await ensureConnectorRow(rt, principal.tenantId, connector, { sandbox });
  const updated = await forTenant(rt.db.prisma, principal.tenantId).connectors.update(row.id, {
    config: rt.vault.encrypt(parsed.data, { tenantId: principal.tenantId, connectorId: row.id }),
    status: 'connected',
    lastSyncError: null,
    lastErrorKind: null,
  });
  await rt.db.prisma.connector.update({ where: { id: row.id }, data: { sandbox, health: JSON.parse(JSON.stringify(health)) as object } });
  await audit(rt.db.prisma, principal, 'connector.connect', 'connector', row.id, { type, method: 'api_key', sandbox });
  await afterConnect(rt, principal.tenantId, updated.id);
  return forTenant(rt.db.prisma, principal.tenantId).connectors.getOrThrow(row.id);
}
