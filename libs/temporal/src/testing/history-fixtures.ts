import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Client } from '@temporalio/client';
import proto from '@temporalio/proto';
import { z } from 'zod';

// A CommonJS package: Node's ESM loader only sees its default export.
const { temporal } = proto;
const { History } = temporal.api.history.v1;
type History = ReturnType<typeof History.decode>;
const EVENT_NAMES = new Map(Object.entries(temporal.api.enums.v1.EventType).map(([name, value]) => [value, name]));

/** Where recorded workflow histories live (replayed by `npm test`). */
export const HISTORY_FIXTURES = fileURLToPath(new URL('../workflows/__fixtures__/', import.meta.url));

/**
 * A recorded history: the protobuf bytes (base64; the SDK's JSON history
 * helpers need a single protobufjs copy, which this install does not
 * guarantee) and the event types, readable in review.
 */
const Fixture = z.object({ workflowId: z.string(), events: z.array(z.string()), history: z.string() });

/**
 * Save a finished workflow's history as a replay fixture, when
 * TRIBUTARY_RECORD_HISTORIES=1 (otherwise a run of the suite changes no file).
 *
 * @example
 * await recordHistory(client, syncWorkflowId(tenantId, connectorId), 'full-sync');
 */
export async function recordHistory(client: Client, workflowId: string, name: string): Promise<boolean> {
  if (process.env['TRIBUTARY_RECORD_HISTORIES'] !== '1') return false;
  const history = History.fromObject(await client.workflow.getHandle(workflowId).fetchHistory());
  const events = (history.events ?? []).map((e) => (EVENT_NAMES.get(e.eventType ?? 0) ?? 'UNKNOWN').replace('EVENT_TYPE_', ''));
  const fixture = { workflowId, events, history: Buffer.from(History.encode(history).finish()).toString('base64') };
  mkdirSync(HISTORY_FIXTURES, { recursive: true });
  writeFileSync(join(HISTORY_FIXTURES, `${name}.json`), `${JSON.stringify(fixture, null, 2)}\n`);
  return true;
}

/**
 * Every recorded history, decoded, for `Worker.runReplayHistories`.
 *
 * @example
 * await Worker.runReplayHistories({ workflowBundle }, loadHistories());
 */
export function loadHistories(dir = HISTORY_FIXTURES): { name: string; workflowId: string; history: History }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const fixture = Fixture.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      return { name: file, workflowId: fixture.workflowId, history: History.decode(Buffer.from(fixture.history, 'base64')) };
    });
}
