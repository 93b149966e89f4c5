export type Part = 'persist' | 'pipeline' | 'auth' | 'fleet';

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
  /** The fleet part: connections, minutes of per-minute schedules, syncs at once, database pool. */
  fleet: { connections: number; minutes: number; concurrency: number; pool: number };
}

export const USAGE = `Usage: npm run bench -- [--quick] [--only persist|pipeline|auth|fleet] [--profile] [--soak SECONDS] [--seconds SECONDS]

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

Needs a PostgreSQL server in DATABASE_URL (tools/bench/run.sh starts the test server when unset).`;

/**
 * @example
 * parseArgs(['--quick', '--only', 'persist']) // { quick: true, parts: ['persist'], profile: false, soak: 0, seconds: 10, help: false }
 */
export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = {
    quick: false,
    parts: ['persist', 'pipeline', 'auth'],
    profile: false,
    soak: 0,
    seconds: 10,
    help: false,
    fleet: { connections: 1_000, minutes: 15, concurrency: 8, pool: 10 },
  };
  const seconds = (flag: string, value: string | undefined) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 3600)
      throw new Error(`${flag} takes whole seconds (1-3600), not "${value ?? ''}"\n\n${USAGE}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--quick') args.quick = true;
    else if (arg === '--profile') args.profile = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--soak') args.soak = seconds(arg, argv[++i]);
    else if (arg === '--seconds') args.seconds = seconds(arg, argv[++i]);
    else if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg === '--only' ? argv[++i] : arg.slice('--only='.length);
      if (value !== 'persist' && value !== 'pipeline' && value !== 'auth' && value !== 'fleet')
        throw new Error(`--only takes persist, pipeline, auth or fleet, not "${value ?? ''}"\n\n${USAGE}`);
      args.parts = [value];
    } else if (['--connections', '--minutes', '--concurrency', '--pool'].includes(arg)) {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) throw new Error(`${arg} takes a positive integer\n\n${USAGE}`);
      args.fleet = { ...args.fleet, [arg.slice(2)]: value };
    } else throw new Error(`Unknown argument "${arg}"\n\n${USAGE}`);
  }
  return args;
}
