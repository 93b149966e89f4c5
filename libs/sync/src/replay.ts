import { ConfigError, type SyncRecord } from '@tributary/core';
import { forTenant, type DeadLetterGroupKey, type DeadLetterRow } from '@tributary/db';
import { z } from 'zod';
import { persistLocal } from './persist.js';
import { addToBatch, emptyBatch, type CleanBatch } from './quality.js';
import type { SyncDeps } from './session.js';
import { loadTransform, type TransformStage } from './transform.js';

/** What a replay did. */
export interface ReplayResult {
  /** The run's sync log (type `replay`). */
  syncLogId: string;
  /** Open letters read. */
  letters: number;
  /** Letters whose rows now pass and were stored (and resolved). */
  stored: number;
  /** Letters that still fail (left open, unchanged). */
  stillFailing: number;
  /** Why the first still-failing letter fails today (null when every letter passed). */
  reason: string | null;
}

const JsonObject = z.record(z.string(), z.unknown());
const BatchPayload = z.object({ rows: z.array(z.object({ stream: z.string(), raw: z.unknown() })) });

/**
 * The records a letter holds: its raw row (with what the connector derived
 * beside it), or every row of a batch that failed to write. Null when the
 * payload holds no record (a write-back failure, a row that is not an object).
 */
export function lettersRecords(letter: Pick<DeadLetterRow, 'kind' | 'stream' | 'payload' | 'derived'>): SyncRecord[] | null {
  if (letter.kind === 'batch') {
    const batch = BatchPayload.safeParse(letter.payload);
    if (!batch.success) return null;
    const rows = batch.data.rows.map((r) => ({ stream: r.stream, raw: JsonObject.safeParse(r.raw) }));
    return rows.every((r) => r.raw.success) ? rows.map((r) => ({ stream: r.stream, raw: r.raw.data ?? {} })) : null;
  }
  const raw = JsonObject.safeParse(letter.payload);
  if (!raw.success) return null;
  const derived = JsonObject.safeParse(letter.derived);
  return [{ stream: letter.stream, raw: raw.data, ...(derived.success ? { derived: derived.data } : {}) }];
}

/**
 * Run one group of open dead letters (same stream and reason) through
 * today's field mappings and quality stage, and store what now passes with
 * the same write as a sync batch (no vendor call, no cursor). Letters whose
 * rows are stored are resolved in the write's transaction; the others stay
 * open as they were (a replay adds no dead letters). Recorded as a sync
 * run of type `replay`.
 *
 * @example
 * const result = await replayDeadLetters(deps, tenantId, connectorId, { stream: 'charges', reason });
 * result.stored // letters resolved
 */
export async function replayDeadLetters(
  deps: Pick<SyncDeps, 'db' | 'registry'>,
  tenantId: string,
  connectorId: string,
  group: DeadLetterGroupKey,
  options: { batchLetters?: number; trigger?: string } = {},
): Promise<ReplayResult> {
  const scope = forTenant(deps.db.prisma, tenantId);
  const row = await scope.connectors.getOrThrow(connectorId);
  if (!deps.registry.has(row.type)) throw new ConfigError(`No connector of type "${row.type}" is installed`);
  const stage = await loadTransform(scope, deps.registry.get(row.type), connectorId);
  const log = await scope.syncLogs.start(connectorId, 'replay', options.trigger ?? 'manual');
  const result: ReplayResult = { syncLogId: log.id, letters: 0, stored: 0, stillFailing: 0, reason: null };
  try {
    let afterId: string | undefined;
    for (;;) {
      const letters = await scope.deadLetters.openInGroup(connectorId, group, {
        take: options.batchLetters ?? 500,
        ...(afterId ? { afterId } : {}),
      });
      if (letters.length === 0) break;
      afterId = letters[letters.length - 1]?.id;
      const { batch, passed } = replayBatch(letters, stage, result);
      await persistLocal(deps.db.sql, { tenantId, connectorId, syncLogId: log.id, batch, pages: 0, local: { resolveIds: passed } });
    }
    await scope.syncLogs.addProgress(log.id, { created: 0, updated: 0, failed: result.stillFailing, pages: 0 });
    await scope.syncLogs.finish(log.id, result.stored === 0 && result.stillFailing > 0 ? 'completed_with_errors' : 'completed');
  } catch (error) {
    await scope.syncLogs.finish(log.id, 'failed', { kind: 'transient', message: error instanceof Error ? error.message : String(error) });
    throw error;
  }
  return result;
}

/** Transform and clean a page of letters: a letter passes when none of its rows is rejected. */
function replayBatch(letters: readonly DeadLetterRow[], stage: TransformStage, result: ReplayResult) {
  const batch: CleanBatch = emptyBatch();
  const passed: string[] = [];
  for (const letter of letters) {
    result.letters++;
    const records = lettersRecords(letter);
    const before = batch.rejects.length;
    if (records) addToBatch(batch, records, [], stage.streams, stage.mappings);
    if (records && batch.rejects.length === before) {
      passed.push(letter.id);
      result.stored++;
      continue;
    }
    result.stillFailing++;
    result.reason ??= batch.rejects[before]?.reason ?? 'The letter holds no record to replay';
  }
  // The failing letters stay as they are: a replay does not count them again.
  batch.rejects = [];
  return { batch, passed };
}
