import { ConfigError, type CompiledMappings, type EntityType } from '@tributary/core';
import { forTenant, readStoredRows, snakeCase, type SqlDriver } from '@tributary/db';
import { z } from 'zod';
import { judgeRun } from './finish-sync.js';
import { persistLocal } from './persist.js';
import { addToBatch, emptyBatch } from './quality.js';
import type { SyncDeps } from './session.js';
import { loadTransform } from './transform.js';

export interface RemapOptions {
  /** Stored rows per batch (one read, one write transaction; default 500). */
  batchRows?: number;
  trigger?: string;
}

/** A re-map run: its sync log at once, and how it ended when it has. */
export interface RemapRun {
  syncLogId: string;
  finished: Promise<{ status: 'completed' | 'completed_with_errors' | 'failed'; changed: number; rejected: number }>;
}

type RemapDeps = Pick<SyncDeps, 'db' | 'registry' | 'failRejectRate'>;

const JsonObject = z.record(z.string(), z.unknown());

/**
 * "Apply to stored rows": re-map and re-validate every stored row of one
 * stream from its `raw` with today's mappings, in batches, through the
 * sync's own quality and persist stages (no vendor call), as a sync run of
 * type `remap` whose counts grow batch by batch (`recordsUpdated`: rows the
 * new mappings changed; `recordsFailed`: rows they reject, which become dead
 * letters). Fields mapped from the connector's derived values (`$.` sources)
 * are not stored beside the row: they keep their stored value. A stream
 * that shares its entity with another of the connector's streams is
 * refused (a stored row does not record its stream).
 *
 * @example
 * const run = await remapStream(deps, tenantId, connectorId, 'charges');
 * await run.finished // { status: 'completed', changed: 5000, rejected: 0 }
 */
export async function remapStream(
  deps: RemapDeps,
  tenantId: string,
  connectorId: string,
  stream: string,
  options: RemapOptions = {},
): Promise<RemapRun> {
  const scope = forTenant(deps.db.prisma, tenantId);
  const row = await scope.connectors.getOrThrow(connectorId);
  if (!deps.registry.has(row.type)) throw new ConfigError(`No connector of type "${row.type}" is installed`);
  const connector = deps.registry.get(row.type);
  const spec = connector.streams.find((s) => s.name === stream);
  if (!spec) throw new ConfigError(`${connector.name} has no stream "${stream}"`);
  const sharing = connector.streams.filter((s) => s.entity === spec.entity && s.name !== stream).map((s) => s.name);
  if (sharing.length > 0) {
    throw new ConfigError(`${stream} shares its stored rows (${spec.entity}) with ${sharing.join(', ')}: run a full sync instead`);
  }
  const stage = await loadTransform(scope, connector, connectorId);
  const log = await scope.syncLogs.start(connectorId, 'remap', options.trigger ?? 'manual');
  const input = { tenantId, connectorId, stream, entity: spec.entity, mappings: stage.mappings };
  const finished = (async () => {
    try {
      await remapRows(deps.db.sql, { ...input, syncLogId: log.id, stage, batchRows: options.batchRows ?? 500 });
      const counted = await scope.syncLogs.get(log.id);
      const judged = counted ? await judgeRun(scope, counted, deps.failRejectRate) : { status: 'completed' as const };
      await scope.syncLogs.finish(log.id, judged.status, judged.error && { kind: judged.error.kind, message: judged.error.message });
      return { status: judged.status, changed: counted?.recordsUpdated ?? 0, rejected: counted?.recordsFailed ?? 0 };
    } catch (error) {
      await scope.syncLogs.finish(log.id, 'failed', { kind: 'transient', message: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  })();
  return { syncLogId: log.id, finished };
}

interface RemapInput {
  tenantId: string;
  connectorId: string;
  syncLogId: string;
  stream: string;
  entity: EntityType;
  mappings: CompiledMappings;
  stage: Awaited<ReturnType<typeof loadTransform>>;
  batchRows: number;
}

/** Read stored rows by external id, a batch at a time, and write each batch as a sync batch. */
async function remapRows(sql: SqlDriver, input: RemapInput): Promise<void> {
  let after = '';
  for (;;) {
    const rows = await readStoredRows(sql, input.tenantId, input.connectorId, input.entity, after, input.batchRows);
    if (rows.length === 0) return;
    after = rows[rows.length - 1]?.externalId ?? after;
    const batch = emptyBatch();
    const records = rows.map((r) => ({
      stream: input.stream,
      raw: JsonObject.catch({}).parse(r.columns['raw']),
      derived: storedDerived(input.mappings, input.stream, r.columns),
    }));
    addToBatch(batch, records, [], input.stage.streams, input.stage.mappings);
    const local = { resolveIds: [] };
    await persistLocal(sql, {
      tenantId: input.tenantId,
      connectorId: input.connectorId,
      syncLogId: input.syncLogId,
      batch,
      pages: 0,
      local,
    });
  }
}

/** The values of `$.`-mapped fields as stored (the derive's inputs are not kept), so they map to themselves. */
export function storedDerived(
  mappings: CompiledMappings,
  stream: string,
  stored: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const derived: Record<string, unknown> = {};
  for (const rule of mappings.get(stream) ?? []) {
    const value = stored[snakeCase(rule.target)];
    if (!rule.derived || value === null || value === undefined) continue;
    let node = derived;
    rule.segments.forEach((segment, i) => {
      if (i === rule.segments.length - 1) node[segment] = value;
      else node = (node[segment] ??= {}) as Record<string, unknown>;
    });
  }
  return derived;
}
