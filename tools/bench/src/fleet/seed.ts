import { randomUUID } from 'node:crypto';
import type { Database } from '@tributary/db';
import type { Vault } from '@tributary/vault';

/** One tenant and its connected connector. */
export interface FleetConnection {
  tenantId: string;
  connectorId: string;
}

/**
 * `count` tenants, each with one connected Stripe sandbox connection (the
 * same simulator key, encrypted per connection as the gateway stores it),
 * written in a few statements.
 */
export async function seedFleet(db: Database, vault: Vault, count: number, apiKey: string): Promise<FleetConnection[]> {
  const fleet = Array.from({ length: count }, () => ({ tenantId: randomUUID(), connectorId: randomUUID() }));
  const tag = randomUUID().slice(0, 8);
  await db.prisma.tenant.createMany({ data: fleet.map((f, i) => ({ id: f.tenantId, name: `Fleet ${i}`, slug: `fleet-${tag}-${i}` })) });
  await db.prisma.connector.createMany({
    data: fleet.map((f) => ({
      id: f.connectorId,
      tenantId: f.tenantId,
      type: 'stripe',
      name: 'Stripe',
      status: 'connected',
      sandbox: true,
      config: vault.encrypt({ apiKey }, { tenantId: f.tenantId, connectorId: f.connectorId }),
    })),
  });
  return fleet;
}
