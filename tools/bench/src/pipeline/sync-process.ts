/**
 * Only the pipeline, in its own process: a throwaway database on the
 * server, a connected Stripe connector pointed at the simulator, one full
 * `runSync`. Prints one JSON line with the outcome, peak RSS and CPU.
 *
 *   tsx tools/bench/src/pipeline/sync-process.ts --url http://127.0.0.1:PORT --key sk_test_... [--concurrency 1] [--profile-to /tmp/x/run-sync]
 *
 * `--concurrency N` overrides the connector's declared slices at once (1: the sequential page-at-a-time walk).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import type { AnyConnector } from '@tributary/core';
import { benchStripe } from './paced.js';
import { runSync } from '@tributary/sync';
import { pipelineHarness } from '@tributary/sync/testing';
import { cpuOf, cpuSince } from '../shared/proc-cpu.js';
import { cpuMs } from '../shared/timing.js';
import { sampleMemory } from './memory.js';

const MB = 1024 * 1024;

function option(name: string): string {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? process.argv[at + 1] : undefined;
  if (!value) throw new Error(`--${name} is required`);
  return value;
}

/** The connector with its `sync` (one page: fetch, vendor schema, records) timed. */
function timedConnector(connector: AnyConnector, totals: { calls: number; ms: number }): AnyConnector {
  return {
    ...connector,
    sync: async (credentials, cursor, options) => {
      const started = performance.now();
      try {
        return await connector.sync(credentials, cursor, options);
      } finally {
        totals.calls++;
        totals.ms += performance.now() - started;
      }
    },
  };
}

/**
 * V8's CPU profile and sampled allocations (garbage included) of this
 * thread from now until the returned function is called: runSync only, no startup.
 */
async function startProfiler(): Promise<() => Promise<{ cpu: unknown; heap: unknown }>> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('HeapProfiler.enable');
  // Count objects later collected too (V8 honours these flags; Node's typings do not list them yet).
  const sampling = { samplingInterval: 32_768, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true };
  await session.post('HeapProfiler.startSampling', sampling);
  await session.post('Profiler.start');
  return async () => {
    const { profile: cpu } = await session.post('Profiler.stop');
    const { profile: heap } = await session.post('HeapProfiler.stopSampling');
    session.disconnect();
    return { cpu, heap };
  };
}

async function main(): Promise<void> {
  const baseUrl = option('url');
  const concurrency = process.argv.includes('--concurrency') ? Number(option('concurrency')) : undefined;
  const connectorSync = { calls: 0, ms: 0 };
  const harness = await pipelineHarness([timedConnector(benchStripe(), connectorSync)], {
    server: true,
    deps: { connectionOptions: () => ({ baseUrl, ...(concurrency ? { concurrency } : {}) }) },
  });
  try {
    const connectorId = await harness.connect('stripe', { apiKey: option('key') });
    const backends = async () =>
      cpuOf(
        (await harness.db.sql.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database()')).map(
          (r) => r.pid,
        ),
      );
    const before = process.memoryUsage();
    const memory = sampleMemory();
    const pgBefore = await backends();
    const profileTo = process.argv.includes('--profile-to') ? option('profile-to') : undefined;
    const profiler = profileTo ? await startProfiler() : undefined;
    const cpuBefore = cpuMs();
    const outcome = await runSync(harness.deps, harness.tenantId, connectorId, { mode: 'full', trigger: 'bench' });
    const cpu = cpuMs() - cpuBefore;
    if (profiler && profileTo) {
      const { cpu: cpuProfile, heap } = await profiler();
      writeFileSync(`${profileTo}.cpuprofile`, JSON.stringify(cpuProfile));
      writeFileSync(`${profileTo}.heapprofile`, JSON.stringify(heap));
    }
    const pgCpuMs = cpuSince(pgBefore, await backends());
    const peaks = memory.stop();
    const storedCharges = await harness.db.prisma.charge.count({ where: { tenantId: harness.tenantId, connectorId } });
    const maxRssMb = process.resourceUsage().maxRSS / 1024;
    // With --expose-gc: what the heap still holds once the sync is over (a leak would show here).
    globalThis.gc?.();
    const memoryMb = {
      rssBefore: before.rss / MB,
      heapUsedBefore: before.heapUsed / MB,
      heapUsedAfterGc: process.memoryUsage().heapUsed / MB,
    };
    const { error, ...counts } = outcome;
    const report = {
      ...counts,
      error: error?.message ?? null,
      storedCharges,
      maxRssMb,
      ...peaks,
      memoryMb,
      cpuMs: cpu,
      pgCpuMs,
      connectorSync,
    };
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } finally {
    await harness.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
