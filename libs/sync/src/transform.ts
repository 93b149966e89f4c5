import { compileMappings, mergeMappings, type AnyConnector, type CompiledMappings, type StreamSpec } from '@tributary/core';
import type { TenantScope } from '@tributary/db';

/** What the transform and quality stages need for one connection. */
export interface TransformStage {
  streams: ReadonlyMap<string, StreamSpec>;
  /** The connector's default mappings with the tenant's overrides. */
  mappings: CompiledMappings;
}

/**
 * The connection's streams and compiled field mappings: the same for a
 * sync's pages and a webhook's records, so both end as the same rows.
 */
export async function loadTransform(scope: TenantScope, connector: AnyConnector, connectorId: string): Promise<TransformStage> {
  const overrides = await scope.fieldMappings.list(connectorId);
  return {
    streams: new Map(connector.streams.map((s) => [s.name, s])),
    mappings: compileMappings(mergeMappings(connector.getSchema(), overrides)),
  };
}
