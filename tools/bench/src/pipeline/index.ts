import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { numberAt, objectAt, stringAt, type JsonObject } from '../shared/json.js';
import { out, perSecond, ratio } from '../shared/print.js';
import { cpuMs } from '../shared/timing.js';
import { startTsx, type JsonChild } from './child.js';
import { pipelineTargets, type PipelineFigures, type ProfileSummaries, type StageFigures } from './figures.js';
import { pacing } from './paced.js';
import { summarizeProfile } from './profile.js';
import { readCpuProfile, readHeapProfile } from './profile-read.js';
import { readAllPages } from './source-ceiling.js';
import { syncOnTemporal } from './temporal.js';

export interface PipelineSize {
  customers: number;
  charges: number;
}

interface Api {
  url: string;
  apiKey: string;
}

const simulatorCpu = async (sim: JsonChild): Promise<number> => {
  sim.send('cpu');
  return numberAt(await sim.next(), 'cpuMs');
};

/** One full sync in a fresh child process; its JSON report. */
export async function syncInChild(api: Api, extraArgs: string[] = []): Promise<JsonObject> {
  const args = ['--url', api.url, '--key', api.apiKey, ...extraArgs];
  const child = startTsx(new URL('./sync-process.ts', import.meta.url), args, ['--expose-gc']);
  const report = await child.next();
  const code = await child.exited;
  if (code !== 0) throw new Error(`sync process exited with code ${String(code)}`);
  return report;
}

export function syncFigures(r: JsonObject, simulatorCpuMs: number): PipelineFigures['sync'] {
  const created = numberAt(r, 'created');
  const updated = numberAt(r, 'updated');
  const failed = numberAt(r, 'failed');
  const durationMs = numberAt(r, 'durationMs');
  const error = r['error'];
  const connector = objectAt(r, 'connectorSync');
  const memory = objectAt(r, 'memoryMb');
  return {
    status: stringAt(r, 'status'),
    error: typeof error === 'string' ? error : null,
    created,
    updated,
    failed,
    pages: numberAt(r, 'pages'),
    durationMs,
    recordsPerSec: perSecond(created + updated + failed, durationMs),
    storedCharges: numberAt(r, 'storedCharges'),
    peakRssMb: numberAt(r, 'maxRssMb'),
    peakHeapUsedMb: numberAt(r, 'peakHeapUsedMb'),
    peakExternalMb: numberAt(r, 'peakExternalMb'),
    rssBeforeSyncMb: numberAt(memory, 'rssBefore'),
    heapUsedBeforeSyncMb: numberAt(memory, 'heapUsedBefore'),
    heapUsedAfterGcMb: numberAt(memory, 'heapUsedAfterGc'),
    cpuMs: numberAt(r, 'cpuMs'),
    cpuUsPerRecord: (numberAt(r, 'cpuMs') * 1000) / Math.max(1, created + updated + failed),
    simulatorCpuMs,
    pgCpuMs: numberAt(r, 'pgCpuMs'),
    connectorSyncMs: numberAt(connector, 'ms'),
    connectorSyncCalls: numberAt(connector, 'calls'),
  };
}

function stageFigures(r: JsonObject): StageFigures {
  const records = numberAt(r, 'records');
  const stage = (o: JsonObject) => ({
    ms: numberAt(o, 'ms'),
    cpuMs: numberAt(o, 'cpuMs'),
    recordsPerSec: perSecond(records, numberAt(o, 'ms')),
  });
  const persist = objectAt(r, 'persist');
  return {
    records,
    pages: numberAt(r, 'pages'),
    source: stage(objectAt(r, 'source')),
    transform: stage(objectAt(r, 'transform')),
    persist: { ...stage(persist), pgCpuMs: numberAt(persist, 'pgCpuMs') },
  };
}

/** Each stage alone, in a child process (diagnosis only). */
async function measureStages(api: Api, live: boolean): Promise<StageFigures> {
  out('  diagnosis: each stage alone over all the data ...');
  const child = startTsx(new URL('./stages-process.ts', import.meta.url), ['--url', api.url, '--key', api.apiKey, ...pacing(live)]);
  const report = await child.next();
  if ((await child.exited) !== 0) throw new Error('stages process failed');
  return stageFigures(report);
}

/** The same sync again with runSync under V8's CPU and allocation profilers (not part of the figures: profiling slows it). */
async function profileSync(api: Api, live: boolean): Promise<ProfileSummaries> {
  const base = join(mkdtempSync(join(tmpdir(), 'tributary-bench-')), 'run-sync');
  await syncInChild(api, ['--profile-to', base, ...pacing(live)]);
  out(`  profiles of runSync kept at ${base}.cpuprofile and .heapprofile (open them in Chrome DevTools)`);
  return {
    cpu: summarizeProfile(readCpuProfile(`${base}.cpuprofile`)),
    allocations: summarizeProfile(readHeapProfile(`${base}.heapprofile`)),
  };
}

async function measure(sim: JsonChild, api: Api, profile: boolean, live: boolean) {
  await readAllPages(api, 30); // warm the simulator's JIT so neither run pays for it
  out('  source ceiling: every page with fetch + JSON.parse ...');
  const cpu0 = await simulatorCpu(sim);
  const client0 = cpuMs();
  const read = await readAllPages(api);
  const clientCpuMs = cpuMs() - client0;
  const cpu1 = await simulatorCpu(sim);
  out('  full sync (runSync) in a child process ...');
  const report = await syncInChild(api, pacing(live));
  const cpu2 = await simulatorCpu(sim);
  const ceiling = { ...read, recordsPerSec: perSecond(read.records, read.ms), simulatorCpuMs: cpu1 - cpu0, clientCpuMs };
  // The child's CPU window includes its startup and teardown; the simulator is idle then.
  const sync = syncFigures(report, cpu2 - cpu1);
  if (!profile) return { ceiling, sync };
  return { ceiling, sync, stages: await measureStages(api, live), profile: await profileSync(api, live) };
}

/**
 * A full Stripe sync of the simulator into a throwaway database via
 * runSync, in a child process that runs only the pipeline, beside the
 * source ceiling read from the same simulator.
 */
export async function runPipeline(
  size: PipelineSize,
  options: { profile: boolean; temporal: boolean; live: boolean },
): Promise<PipelineFigures> {
  out(`Starting the Stripe simulator (${size.customers} customers, ${size.charges} charges) in a child process ...`);
  const sim = startTsx(new URL('./simulator-process.ts', import.meta.url), [
    '--customers',
    String(size.customers),
    '--charges',
    String(size.charges),
  ]);
  try {
    const hello = await sim.next();
    const api = { url: stringAt(hello, 'url'), apiKey: stringAt(hello, 'apiKey') };
    const counts = objectAt(hello, 'counts');
    const dataset = {
      customers: numberAt(counts, 'customers'),
      charges: numberAt(counts, 'charges'),
      refunds: numberAt(counts, 'refunds'),
      subscriptions: numberAt(counts, 'subscriptions'),
      records: 0,
    };
    dataset.records = dataset.customers + dataset.charges + dataset.refunds + dataset.subscriptions;
    const { ceiling, sync, ...diagnosis } = await measure(sim, api, options.profile, options.live);
    // The Temporal path on the same simulator: the same data, after the in-process sync.
    const temporal = options.temporal ? await syncOnTemporal(api, options.live) : undefined;
    const ratios = { syncVsCeiling: ratio(sync.recordsPerSec, ceiling.recordsPerSec) };
    return pipelineTargets({ dataset, ceiling, sync, ...(temporal ? { temporal } : {}), ratios, ...diagnosis });
  } finally {
    await sim.stop();
  }
}
