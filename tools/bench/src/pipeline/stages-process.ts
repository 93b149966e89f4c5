/**
 * The pipeline's stages one at a time over all the data, in a process of
 * their own, to show what each costs alone: the connector (fetch, JSON,
 * vendor schema), transform (addToBatch), persist (persistBatch). Prints
 * one JSON line. Diagnosis only (`--profile`): runSync overlaps fetching
 * the next page with the current work, this does not.
 *
 *   tsx tools/bench/src/pipeline/stages-process.ts --url http://127.0.0.1:PORT --key sk_test_...
 */
import { performance } from 'node:perf_hooks';
import { benchStripe } from './paced.js';
import { openSession } from '@tributary/sync';
import { pipelineHarness } from '@tributary/sync/testing';
import { cpuOf, cpuSince } from '../shared/proc-cpu.js';
import { cpuMs } from '../shared/timing.js';
import { persistAll, readPages, recordsIn, toBatches } from './stages.js';

function option(name: string): string {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? process.argv[at + 1] : undefined;
  if (!value) throw new Error(`--${name} is required`);
  return value;
}

async function measured<T>(work: () => Promise<T> | T): Promise<{ value: T; ms: number; cpuMs: number }> {
  const cpu = cpuMs();
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started, cpuMs: cpuMs() - cpu };
}

async function main(): Promise<void> {
  const baseUrl = option('url');
  const harness = await pipelineHarness([benchStripe()], { server: true, deps: { connectionOptions: () => ({ baseUrl }) } });
  try {
    const owner = { tenantId: harness.tenantId, connectorId: await harness.connect('stripe', { apiKey: option('key') }) };
    const session = await openSession(harness.deps, owner.tenantId, owner.connectorId, 'full');
    const backends = async () =>
      cpuOf(
        (await harness.db.sql.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database()')).map(
          (r) => r.pid,
        ),
      );
    const source = await measured(() => readPages(session));
    const records = recordsIn(source.value);
    const transform = await measured(() => toBatches(session, source.value));
    const pgBefore = await backends();
    const persist = await measured(() => persistAll(harness.db, owner, transform.value));
    const pgCpuMs = cpuSince(pgBefore, await backends());
    const stage = (s: { ms: number; cpuMs: number }) => ({ ms: s.ms, cpuMs: s.cpuMs });
    const report = {
      records,
      pages: source.value.length,
      source: stage(source),
      transform: stage(transform),
      persist: { ...stage(persist), pgCpuMs, written: persist.value.created + persist.value.updated + persist.value.failed },
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
