import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { parseArgs, USAGE, type BenchArgs } from './args.js';
import { runPersist } from './persist/index.js';
import { printPersist } from './persist/report.js';
import { runAuth } from './auth/index.js';
import { printAuth } from './auth/report.js';
import { runFleet } from './fleet/index.js';
import { printFleet } from './fleet/report.js';
import { runPipeline } from './pipeline/index.js';
import { runVendor } from './vendor/index.js';
import { printVendor } from './vendor/report.js';
import { printPipeline } from './pipeline/report.js';
import { num, out, printSpread } from './shared/print.js';
import { overRuns, repeat } from './shared/runs.js';
import { PERSIST_HEADLINE, persistTargets } from './persist/figures.js';
import { PIPELINE_HEADLINE, pipelineTargets } from './pipeline/figures.js';
import { retargetVendor, VENDOR_HEADLINE } from './vendor/figures.js';

function sizes(args: BenchArgs) {
  const n = args.records ?? (args.quick ? 10_000 : 100_000);
  return {
    persist: { rows: n, batch: 1_000, prismaSample: Math.min(n, args.quick ? 2_000 : 10_000) },
    pipeline: { customers: 2_000, charges: n },
    // A customer per hundred charges: the run is the charge pages the 40 s ideal counts, plus a few.
    vendor: { customers: Math.max(1, Math.round(n / 100)), charges: n },
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

async function fleets(f: BenchArgs['fleet']) {
  const figures = [];
  const size = { connections: f.connections, minutes: f.minutes, concurrency: f.concurrency, poolSize: f.pool };
  for (const mode of f.hosts) {
    figures.push(await runFleet({ mode, ...size }));
    // Each host's figures as soon as it is done (a long run keeps the first if the second fails).
    if (f.hosts.length > 1) out(JSON.stringify(figures.at(-1)));
  }
  return figures;
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
  // Several runs of the fast parts (persist, pipeline): figures and verdicts are medians.
  const runs = args.runs ?? (args.quick ? 1 : 3);
  const persist = args.parts.includes('persist')
    ? overRuns(await repeat(runs, () => runPersist(size.persist)), PERSIST_HEADLINE, persistTargets)
    : undefined;
  if (persist) printPersist(persist);
  if (persist) printSpread(persist.runs, persist.spread);
  const pipelineRuns = async () =>
    // The diagnosis (--profile) follows the last run only.
    repeat(runs, (run) => runPipeline(size.pipeline, { profile: args.profile && run === runs, temporal: args.temporal, live: args.live }));
  const pipeline = args.parts.includes('pipeline') ? overRuns(await pipelineRuns(), PIPELINE_HEADLINE, pipelineTargets) : undefined;
  if (pipeline) printPipeline(pipeline);
  if (pipeline) printSpread(pipeline.runs, pipeline.spread);
  const vendorFlags = args.parts.includes('vendor') ? args.vendor : undefined;
  // The vendor part takes minutes a run: once unless --runs says otherwise.
  const vendor = vendorFlags
    ? overRuns(await repeat(args.runs ?? 1, () => runVendor(size.vendor, vendorFlags, args.slices)), VENDOR_HEADLINE, retargetVendor)
    : undefined;
  if (vendor) printVendor(vendor);
  if (vendor) printSpread(vendor.runs, vendor.spread);
  const auth = args.parts.includes('auth')
    ? await runAuth({ seconds: args.quick ? 5 : args.seconds, connections: 100, soakSeconds: args.soak, profile: args.profile })
    : undefined;
  if (auth) printAuth(auth);
  // One host after the other (never at once: they would share the 2 cores), in-process first as the baseline.
  const fleet = args.parts.includes('fleet') ? await fleets(args.fleet) : undefined;
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
    vendor,
    auth,
    fleet,
  };
  out(`\n${JSON.stringify(result)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
