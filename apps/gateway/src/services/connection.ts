import {
  createConnectorContext,
  isConnectorError,
  SUGGESTED_FIX,
  type AnyConnector,
  type ConnectorContext,
  type HealthStatus,
} from '@tributary/core';
import { forTenant, type ConnectorRow } from '@tributary/db';
import { freshConfig } from '@tributary/sync';
import type { GatewayRuntime } from '../runtime.js';
import { NotFoundError, VendorFailure } from './errors.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface OpenConnection {
  row: ConnectorRow;
  connector: AnyConnector;
  config: unknown;
  settings: unknown;
  credentials: unknown;
  ctx: ConnectorContext<unknown>;
}

/** The connector row of the caller's tenant, or NotFoundError (another tenant's id looks the same as none). */
export async function connectorRow(rt: GatewayRuntime, tenantId: string, connectorId: string): Promise<ConnectorRow> {
  if (!UUID.test(connectorId)) throw new NotFoundError('Connector');
  const row = await forTenant(rt.db.prisma, tenantId).connectors.get(connectorId);
  if (!row) throw new NotFoundError('Connector');
  return row;
}

/** Connection options for a row: the sandbox base URL when it runs against the simulator. */
export const connectionOptionsFor = (rt: GatewayRuntime, row: Pick<ConnectorRow, 'sandbox' | 'type'>) => ({
  logger: rt.logger,
  ...(row.sandbox ? { baseUrl: rt.sandboxes.baseUrl(row.type) } : {}),
});

/** A vendor failure as a typed GraphQL error, with what to do about it. */
export function vendorFailure(error: unknown): VendorFailure {
  if (isConnectorError(error)) return new VendorFailure(error.kind, error.message, error.suggestedFix);
  return new VendorFailure('transient', error instanceof Error ? error.message : String(error), SUGGESTED_FIX.transient);
}

/** Open a live connection: fresh (refreshed if needed) config, credentials, and a context with this connection's HTTP client. */
export async function openConnection(rt: GatewayRuntime, tenantId: string, connectorId: string): Promise<OpenConnection> {
  const row = await connectorRow(rt, tenantId, connectorId);
  if (!rt.registry.has(row.type)) throw new NotFoundError(`Connector type ${row.type}`);
  const connector = rt.registry.get(row.type);
  try {
    const stored = await freshConfig(rt.syncDeps, tenantId, connectorId);
    const config = connector.configSchema.parse(stored);
    const settings = connector.settingsSchema.parse(row.settings ?? {});
    const options = connectionOptionsFor(rt, row);
    const { credentials } = await connector.authenticate(config, createConnectorContext(connector, config, settings, options));
    return { row, connector, config, settings, credentials, ctx: createConnectorContext(connector, credentials, settings, options) };
  } catch (error) {
    throw vendorFailure(error);
  }
}

/** Run the connector's health check and store the result on the connector. */
export async function runHealthCheck(rt: GatewayRuntime, tenantId: string, connectorId: string): Promise<HealthStatus> {
  let health: HealthStatus;
  try {
    const conn = await openConnection(rt, tenantId, connectorId);
    health = await conn.connector.healthCheck(conn.credentials, conn.ctx);
  } catch (error) {
    const failure = error instanceof VendorFailure ? error : vendorFailure(error);
    health = {
      status: failure.kind.startsWith('auth') ? 'auth_error' : 'unavailable',
      message: failure.message,
      checkedAt: new Date(),
      latencyMs: 0,
    };
  }
  await rt.db.prisma.connector.updateMany({
    where: { id: connectorId, tenantId },
    data: { health: JSON.parse(JSON.stringify(health)) as object },
  });
  return health;
}
