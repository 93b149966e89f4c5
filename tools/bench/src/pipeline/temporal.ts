import { pacing } from './paced.js';
import { numberAt, stringAt, type JsonObject } from '../shared/json.js';
import { out, perSecond } from '../shared/print.js';
import { startTsx } from './child.js';

/** The same full sync on the Temporal path: one worker on the dev server, started by the Temporal orchestrator. */
export interface TemporalPathFigures {
  status: string;
  records: number;
  durationMs: number;
  recordsPerSec: number;
  storedCharges: number;
  /** CPU of the worker process during the sync (the activities run there; the Temporal server's is not counted). */
  cpuMs: number;
  cpuUsPerRecord: number;
  peakRssMb: number;
}

/** Temporal wall time over in-process wall time, and the goal (within 1.5 times). */
export function temporalVsInProcess(
  temporal: { durationMs: number },
  inProcess: { durationMs: number },
): { ratio: number; within1_5x: boolean } {
  const ratio = inProcess.durationMs > 0 ? temporal.durationMs / inProcess.durationMs : 0;
  return { ratio, within1_5x: ratio > 0 && ratio <= 1.5 };
}

function figures(r: JsonObject): TemporalPathFigures {
  const records = numberAt(r, 'created') + numberAt(r, 'updated') + numberAt(r, 'failed');
  const durationMs = numberAt(r, 'durationMs');
  const cpuMs = numberAt(r, 'cpuMs');
  return {
    status: stringAt(r, 'status'),
    records,
    durationMs,
    recordsPerSec: perSecond(records, durationMs),
    storedCharges: numberAt(r, 'storedCharges'),
    cpuMs,
    cpuUsPerRecord: (cpuMs * 1000) / Math.max(1, records),
    peakRssMb: numberAt(r, 'maxRssMb'),
  };
}

/** A full sync of the simulator through a Temporal worker in a child process (TEMPORAL_ADDRESS). */
export async function syncOnTemporal(api: { url: string; apiKey: string }, live = false): Promise<TemporalPathFigures> {
  out('  the same full sync on the Temporal path (one worker, dev server) in a child process ...');
  const child = startTsx(new URL('./temporal-sync-process.ts', import.meta.url), ['--url', api.url, '--key', api.apiKey, ...pacing(live)]);
  const report = await child.next();
  const code = await child.exited;
  if (code !== 0) throw new Error(`Temporal sync process exited with code ${String(code)}`);
  return figures(report);
}
