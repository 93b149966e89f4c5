import { parseBandwidth, parseDuration, parseRate } from './shared/units.js';
import type { VendorFlags } from './vendor/conditions.js';

export type Part = 'persist' | 'pipeline' | 'auth' | 'fleet' | 'vendor';
export type FleetHost = 'in-process' | 'temporal';

const PARTS: readonly Part[] = ['persist', 'pipeline', 'auth', 'fleet', 'vendor'];

export interface BenchArgs {
  quick: boolean;
  parts: Part[];
  /** Diagnose the pipeline (each stage alone, CPU and allocation profiles) and the authenticated path (CPU profiles). */
  profile: boolean;
  /** Seconds of sustained authenticated load with RSS sampled (0: none). */
  soak: number;
  /** Seconds of each authenticated-path measurement. */
  seconds: number;
  help: boolean;
  /**
   * The fleet part: connections, minutes of per-minute schedules, syncs at once, database pool, and
   * the hosts measured one after the other (`--orchestrator temporal`: in-process, then Temporal).
   */
  fleet: { connections: number; minutes: number; concurrency: number; pool: number; hosts: FleetHost[] };
  /** Pipeline: pace the connector as for a live key (Stripe's 100 requests/s) instead of the simulator's test key (25/s). */
  live: boolean;
  /** Measure the pipeline's Temporal path too (default: when TEMPORAL_ADDRESS is set; --temporal requires it, --no-temporal skips it). */
  temporal: boolean;
  /** Vendor: also a partitioned run with this many slices at once (diagnosis beside the connector's declared concurrency). */
  slices?: number;
  /** Runs of persist, pipeline and vendor; undefined: 3 of persist and pipeline (1 with --quick), 1 of vendor. */
  runs?: number;
  /** Charges (pipeline, vendor) and rows (persist); undefined: 100,000, or 10,000 with --quick. */
  records?: number;
  /** Vendor conditions (`--latency`, `--jitter`, `--rate`, `--bandwidth`); set when any is given. */
  vendor?: VendorFlags;
}

export const USAGE = `Usage: npm run bench -- [--quick] [--only persist|pipeline|auth|fleet|vendor] [--records N] [--runs N] [--[no-]temporal] [--profile] [--live]
       [--connections N] [--minutes M] [--concurrency C] [--pool P] [--orchestrator in-process|temporal]
       [--latency 200ms] [--jitter 50ms] [--rate 25/s] [--bandwidth 5MB/s] [--soak SECONDS] [--seconds SECONDS]

  --quick      smoke run: 10,000 rows / 10,000 charges instead of 100,000; 5 s per auth measurement
  --only X     run one part: persist (the bulk upsert stage), pipeline (a full Stripe sync) or
               auth (the authenticated GraphQL path against /healthz, auth cache on and off)
  --profile    after the measured runs (their figures are unaffected): time each pipeline stage
               alone and profile another runSync (V8 CPU + allocations); profile the gateway
               under the authenticated load; print where time and memory go
  --soak N     auth: also keep the authenticated load up for N seconds (600 for the 10-minute
               soak) while sampling the gateway's RSS, then 20 s idle
  --seconds N  auth: seconds of each measurement (default 10)
  --only fleet 1,000 connections on a 1-minute schedule for 15 minutes (an hour of a
               15-minute schedule, compressed) on the in-process orchestrator: schedule lag,
               syncs per minute, PostgreSQL connections, RSS, starvation. Not in the default run.
  --connections N, --minutes M, --concurrency C, --pool P   size the fleet (1000, 15, 8, 10)
  --orchestrator in-process|temporal   fleet: the host (default in-process, the gateway's
               orchestrator); temporal measures the in-process host and then Temporal Schedules with
               one worker (activity slots --concurrency) on TEMPORAL_ADDRESS, side by side
  --temporal   pipeline: also the same full sync on the Temporal path (one worker on the dev
               server), beside the in-process one (goal: within 1.5x); the default when
               TEMPORAL_ADDRESS is set (tools/services/env.sh exports it; run.sh sources it when
               DATABASE_URL is unset); --no-temporal skips it
  --live       pipeline: the connector paced for a live key (Stripe's 100 requests/s) instead of
               the simulator's test key (25/s, which makes a full sync of N charges take at least
               N / 2,500 s): what --records 1000000 --profile needs to finish in minutes
  --records N  charges of the pipeline and vendor parts, rows of the persist part (100,000)
  --runs N     runs of persist, pipeline and vendor (default 3 of persist and pipeline, 1 with
               --quick; 1 of vendor); tables and verdicts show the median of each figure, and
               min / median / max of the headline figures follow
  --only vendor, or any of --latency/--jitter/--rate/--bandwidth (which add it to the default run):
               the Stripe simulator behind vendor conditions, a full sync of --records charges
               sequentially (concurrency 1) and partitioned (the connector's default); wall time,
               requests, 429s, % of the ideal (requests / rate). Defaults: --latency 200ms --rate 25/s
  --latency D  per-request latency (200ms, 0.2s); --jitter D adds up to D more (seeded)
  --rate R     Stripe's rate limit per key, a token bucket answering Stripe's 429 (25/s test mode, 100/s live)
  --bandwidth B  response bandwidth in bytes per second (5MB/s, 500KB/s)
  --slices N   vendor: a third run with N slices at once beside the connector's declared
               concurrency (at 200 ms a slice reads at most 5 pages/s: 25/s needs 5 or more)

Needs a PostgreSQL server in DATABASE_URL (tools/bench/run.sh starts the test server when unset).`;

/**
 * @example
 * parseArgs(['--quick', '--only', 'persist']) // { quick: true, parts: ['persist'], profile: false, soak: 0, seconds: 10, help: false }
 */
export function parseArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>> = process.env): BenchArgs {
  const args: BenchArgs = {
    quick: false,
    parts: ['persist', 'pipeline', 'auth'],
    profile: false,
    soak: 0,
    seconds: 10,
    help: false,
    live: false,
    temporal: Boolean(env['TEMPORAL_ADDRESS']),
    fleet: { connections: 1_000, minutes: 15, concurrency: 8, pool: 10, hosts: ['in-process'] },
  };
  const seconds = (flag: string, value: string | undefined) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 3600)
      throw new Error(`${flag} takes whole seconds (1-3600), not "${value ?? ''}"\n\n${USAGE}`);
    return n;
  };
  let only: Part | undefined;
  let vendor: VendorFlags | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--quick') args.quick = true;
    else if (arg === '--profile') args.profile = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--soak') args.soak = seconds(arg, argv[++i]);
    else if (arg === '--seconds') args.seconds = seconds(arg, argv[++i]);
    else if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg === '--only' ? argv[++i] : arg.slice('--only='.length);
      const part = PARTS.find((p) => p === value);
      if (!part) throw new Error(`--only takes ${PARTS.join(', ')}, not "${value ?? ''}"\n\n${USAGE}`);
      only = part;
    } else if (VENDOR_FLAGS.includes(arg)) vendor = withVendorFlag(vendor, arg, argv[++i] ?? '');
    else if (arg === '--records') args.records = positive(arg, argv[++i]);
    else if (arg === '--runs') args.runs = positive(arg, argv[++i]);
    else if (arg === '--slices') args.slices = positive(arg, argv[++i]);
    else if (arg === '--no-temporal') args.temporal = false;
    else if (arg === '--live') args.live = true;
    else if (arg === '--temporal') {
      if (!env['TEMPORAL_ADDRESS'])
        throw new Error(`--temporal needs TEMPORAL_ADDRESS (tools/services/temporal.sh starts the dev server)\n\n${USAGE}`);
      args.temporal = true;
    } else if (arg === '--orchestrator') {
      args.fleet = { ...args.fleet, hosts: fleetHosts(argv[++i], env) };
    } else if (['--connections', '--minutes', '--concurrency', '--pool'].includes(arg)) {
      args.fleet = { ...args.fleet, [arg.slice(2)]: positive(arg, argv[++i]) };
    } else throw new Error(`Unknown argument "${arg}"\n\n${USAGE}`);
  }
  if (only) args.parts = [only];
  // Vendor flags add the vendor part to the default run; --only vendor without them uses Stripe's test-mode setting.
  else if (vendor) args.parts = [...args.parts, 'vendor'];
  if (args.parts.includes('vendor')) args.vendor = vendor ?? DEFAULT_VENDOR;
  return args;
}

const VENDOR_FLAGS = ['--latency', '--jitter', '--rate', '--bandwidth'];
/** Stripe in test mode from a distant client: the setting. */
export const DEFAULT_VENDOR: VendorFlags = { latencyMs: 200, jitterMs: 0, rate: 25 };

function withVendorFlag(current: VendorFlags | undefined, flag: string, value: string): VendorFlags {
  const base = current ?? { latencyMs: 0, jitterMs: 0 };
  if (flag === '--latency') return { ...base, latencyMs: parseDuration(flag, value) };
  if (flag === '--jitter') return { ...base, jitterMs: parseDuration(flag, value) };
  if (flag === '--rate') return { ...base, rate: parseRate(flag, value) };
  return { ...base, bytesPerSecond: parseBandwidth(flag, value) };
}

/** `--orchestrator`: Temporal is measured beside the in-process baseline, and needs a server (it fails, never skips). */
function fleetHosts(value: string | undefined, env: Readonly<Record<string, string | undefined>>): FleetHost[] {
  if (value === 'in-process') return ['in-process'];
  if (value !== 'temporal') throw new Error(`--orchestrator takes in-process or temporal, not "${value ?? ''}"\n\n${USAGE}`);
  if (!env['TEMPORAL_ADDRESS'])
    throw new Error(`--orchestrator temporal needs TEMPORAL_ADDRESS (tools/services/temporal.sh starts the dev server)\n\n${USAGE}`);
  return ['in-process', 'temporal'];
}

function positive(flag: string, value: string | undefined): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} takes a positive integer, not "${value ?? ''}"\n\n${USAGE}`);
  return n;
}
