import { NotFoundError, type Db } from './types.js';

/** A tenant's Office 365 privacy record for one connector (the `o365_config` row), or the most restrictive default. */
export interface O365ConfigRow {
  connectorId: string;
  dpaAcceptedAt: Date | null;
  dpaAcceptedBy: string | null;
  dpaVersion: string | null;
  allowedDomains: string[];
  ownDomain: string | null;
  includeSubjects: boolean;
  updatedAt: Date | null;
}

export interface O365PrivacyPatch {
  allowedDomains?: readonly string[];
  ownDomain?: string | null;
  includeSubjects?: boolean;
}

const restrictive = (connectorId: string): O365ConfigRow => ({
  connectorId,
  dpaAcceptedAt: null,
  dpaAcceptedBy: null,
  dpaVersion: null,
  allowedDomains: [],
  ownDomain: null,
  includeSubjects: false,
  updatedAt: null,
});

/**
 * The Office 365 privacy record of the tenant's connectors: the DPA
 * acceptance (sync is blocked without it), the allowed domains (none: the
 * most restrictive), the tenant's own domain and whether subjects are read.
 * A connector without a row gets the most restrictive default. Every query
 * carries the tenant id, and the row's foreign key is (tenant, connector).
 *
 * @example
 * await forTenant(prisma, tenantId).o365Config.acceptDpa(connectorId, { by: 'admin@acme.com', version: '2026-12' });
 */
export function o365ConfigRepository(db: Db, tenantId: string) {
  const upsert = async (connectorId: string, data: Record<string, unknown>) => {
    // The connector must be this tenant's: never write a record for another tenant's connector.
    const owned = await db.connector.findFirst({ where: { id: connectorId, tenantId }, select: { id: true } });
    if (!owned) throw new NotFoundError(`Connector ${connectorId}`);
    await db.o365Config.upsert({
      where: { tenantId_connectorId: { tenantId, connectorId } },
      create: { tenantId, connectorId, ...data },
      update: data,
    });
  };
  return {
    async get(connectorId: string): Promise<O365ConfigRow> {
      const row = await db.o365Config.findUnique({ where: { tenantId_connectorId: { tenantId, connectorId } } });
      if (!row) return restrictive(connectorId);
      return {
        connectorId,
        dpaAcceptedAt: row.dpaAcceptedAt,
        dpaAcceptedBy: row.dpaAcceptedBy,
        dpaVersion: row.dpaVersion,
        allowedDomains: row.allowedDomains,
        ownDomain: row.tenantO365Domain,
        includeSubjects: row.includeSubjects,
        updatedAt: row.updatedAt,
      };
    },

    /** Record the DPA acceptance (who, which version, when); a later acceptance replaces it. */
    async acceptDpa(connectorId: string, acceptance: { by: string; version: string; at?: Date }): Promise<O365ConfigRow> {
      await upsert(connectorId, {
        dpaAcceptedAt: acceptance.at ?? new Date(),
        dpaAcceptedBy: acceptance.by,
        dpaVersion: acceptance.version,
      });
      return this.get(connectorId);
    },

    /** Change the allowlist, own domain or subjects (only the fields given). */
    async updatePrivacy(connectorId: string, patch: O365PrivacyPatch): Promise<O365ConfigRow> {
      await upsert(connectorId, {
        ...(patch.allowedDomains !== undefined ? { allowedDomains: [...new Set(patch.allowedDomains)] } : {}),
        ...(patch.ownDomain !== undefined ? { tenantO365Domain: patch.ownDomain } : {}),
        ...(patch.includeSubjects !== undefined ? { includeSubjects: patch.includeSubjects } : {}),
      });
      return this.get(connectorId);
    },
  };
}
