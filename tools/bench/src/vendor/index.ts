import { numberAt, objectAt, stringAt, type JsonObject } from '../shared/json.js';
import { num, out, ratio } from '../shared/print.js';
import { startTsx, type JsonChild } from '../pipeline/child.js';
import { syncInChild } from '../pipeline/index.js';
import { cpuTimes, idleShare } from '../shared/machine-idle.js';
import { processCpuMs } from '../shared/proc-cpu.js';
import type { VendorFlags } from './conditions.js';
import { idealOf, vendorTargets, type VendorFigures, type VendorRun } from './figures.js';

export interface VendorSize {
  customers: number;
  charges: number;
}

const simulatorArgs = (size: VendorSize, flags: VendorFlags): string[] => [
  '--customers',
  String(size.customers),
  '--charges',
  String(size.charges),
  '--latency',
  String(flags.latencyMs),
  '--jitter',
  String(flags.jitterMs),
  ...(flags.rate ? ['--rate', String(flags.rate)] : []),
  ...(flags.bytesPerSecond ? ['--bandwidth', String(flags.bytesPerSecond)] : []),
];

const numbersAt = (o: JsonObject, key: string): number[] => {
  const value = o[key];
  return Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number') : [];
};

/** One full sync in a fresh child process, with the requests and 429s the simulator counted during it. */
async function measureRun(
  sim: JsonChild,
  api: { url: string; apiKey: string },
  flags: VendorFlags,
  concurrency?: number,
): Promise<VendorRun> {
  sim.send('reset');
  const simCpuBefore = sim.pid === undefined ? undefined : processCpuMs(sim.pid);
  const machineBefore = cpuTimes();
  const report = await syncInChild(api, concurrency ? ['--concurrency', String(concurrency)] : []);
  const simCpuAfter = sim.pid === undefined ? undefined : processCpuMs(sim.pid);
  const machineIdle = idleShare(machineBefore, cpuTimes()) ?? -1;
  sim.send('requests');
  const counted = await sim.next();
  const durationMs = numberAt(report, 'durationMs');
  const requests = numberAt(counted, 'requests');
  const error = report['error'];
  return {
    concurrency: concurrency ?? 'declared',
    status: stringAt(report, 'status'),
    error: typeof error === 'string' ? error : null,
    records: numberAt(report, 'created') + numberAt(report, 'updated') + numberAt(report, 'failed'),
    pages: numberAt(report, 'pages'),
    durationMs,
    requests,
    limited: numberAt(counted, 'limited'),
    limitedAtMs: numbersAt(counted, 'limitedAtMs'),
    ...idealOf({ requests, durationMs }, flags.rate),
    cpuMs: numberAt(report, 'cpuMs'),
    simulatorCpuMs: simCpuBefore !== undefined && simCpuAfter !== undefined ? simCpuAfter - simCpuBefore : 0,
    pgCpuMs: typeof report['pgCpuMs'] === 'number' ? report['pgCpuMs'] : 0,
    machineIdle,
  };
}

/**
 * A full Stripe sync from the simulator behind vendor conditions (latency,
 * jitter, bandwidth, Stripe's rate limit with its 429), twice in the same
 * run: sequentially (one slice, today's page-at-a-time walk) and
 * partitioned (the connector's declared concurrency, `created` ranges);
 * with `slices`, a third time with that many slices at once (the verdicts
 * stay on the connector's own setting).
 */
export async function runVendor(size: VendorSize, flags: VendorFlags, slices?: number): Promise<VendorFigures> {
  out(
    `Starting the Stripe simulator (${num(size.customers)} customers, ${num(size.charges)} charges) behind vendor conditions: ` +
      `${flags.latencyMs} ms latency + up to ${flags.jitterMs} ms jitter, ${flags.rate ? `${flags.rate} req/s` : 'no rate limit'}` +
      `${flags.bytesPerSecond ? `, ${num(flags.bytesPerSecond)} bytes/s` : ''} ...`,
  );
  const sim = startTsx(new URL('../pipeline/simulator-process.ts', import.meta.url), simulatorArgs(size, flags));
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
    out('  sequential full sync (concurrency 1, one range) ...');
    const sequential = await measureRun(sim, api, flags, 1);
    out("  partitioned full sync (the connector's declared concurrency) ...");
    const partitioned = await measureRun(sim, api, flags);
    // Diagnosis: the connector's declared concurrency against more slices at once.
    if (slices) out(`  partitioned full sync, ${slices} slices at once ...`);
    const wider = slices ? await measureRun(sim, api, flags, slices) : undefined;
    return {
      conditions: flags,
      dataset,
      sequential,
      partitioned,
      ...(wider ? { wider } : {}),
      speedup: ratio(sequential.durationMs, partitioned.durationMs),
      targets: vendorTargets(partitioned, flags, size.charges),
    };
  } finally {
    await sim.stop();
  }
}
