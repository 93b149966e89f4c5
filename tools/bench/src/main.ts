import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { parseArgs, USAGE, type BenchArgs } from './args.js';
import { runPersist } from './persist/index.js';
import { printPersist } from './persist/report.js';
import { runAuth } from './auth/index.js';
import { printAuth } from './auth/report.js';
import { runFleet } from './fleet/index.js';
import { printFleet } from './fleet/report.js';
import { runPipeline } from './pipeline/index.js';
import { printPipeline } from './pipeline/report.js';
import { num, out } from './shared/print.js';

function sizes(args: BenchArgs) {
  const n = args.quick ? 10_000 : 100_000;
  return {
    persist: { rows: n, batch: 1_000, prismaSample: args.quick ? 2_000 : 10_000 },
    pipeline: { customers: 2_000, charges: n },
  };
}

function machine() {
  return {
    cpus: availableParallelism(),
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
}

/**
 * `npm run bench`: the persist stage, the whole pipeline and the
 * authenticated gateway path, each beside a
 * baseline measured in the same run. Tables for people, then one JSON line
 * with every figure.
 */
async function main(): Promise<void> {
  let args: BenchArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
  if (args.help) return out(USAGE);
  const size = sizes(args);
  const date = new Date().toISOString();
  const loadBefore = loadavg()[0] ?? 0;
  out(
    `Tributary bench, ${date}${args.quick ? ' (--quick)' : ''}; ${machine().cpus} cores, Node ${process.version}, load average ${num(loadBefore, 2)}\n`,
  );
  const persist = args.parts.includes('persist') ? await runPersist(size.persist) : undefined;
  if (persist) printPersist(persist);
  const pipeline = args.parts.includes('pipeline') ? await runPipeline(size.pipeline, { profile: args.profile }) : undefined;
  if (pipeline) printPipeline(pipeline);
  const auth = args.parts.includes('auth')
    ? await runAuth({ seconds: args.quick ? 5 : args.seconds, connections: 100, soakSeconds: args.soak, profile: args.profile })
    : undefined;
  if (auth) printAuth(auth);
  const fleet = args.parts.includes('fleet')
    ? await runFleet({
        mode: 'in-process',
        connections: args.fleet.connections,
        minutes: args.fleet.minutes,
        concurrency: args.fleet.concurrency,
        poolSize: args.fleet.pool,
      })
    : undefined;
  if (fleet) printFleet(fleet);
  const load = { before: loadBefore, after: loadavg()[0] ?? 0 };
  // Other work on the machine skews every figure: say how busy it was.
  out(`\nLoad average (1 min): ${num(load.before, 2)} at the start, ${num(load.after, 2)} at the end, on ${machine().cpus} cores.`);
  const result = {
    bench: 'tributary',
    date,
    mode: args.quick ? 'quick' : 'full',
    machine: { ...machine(), loadAverage: load },
    persist,
    pipeline,
    auth,
    fleet,
  };
  out(`\n${JSON.stringify(result)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
