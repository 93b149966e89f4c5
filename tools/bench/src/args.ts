export type Part = 'persist' | 'pipeline' | 'fleet';

export interface BenchArgs {
  quick: boolean;
  parts: Part[];
  /** Diagnose the pipeline: each stage alone, then CPU and allocation profiles of another runSync. */
  profile: boolean;
  help: boolean;
  /** The fleet part: connections, minutes of per-minute schedules, syncs at once, database pool. */
  fleet: { connections: number; minutes: number; concurrency: number; pool: number };
}

export const USAGE = `Usage: npm run bench -- [--quick] [--only persist|pipeline] [--profile]

  --quick      smoke run: 10,000 rows / 10,000 charges instead of 100,000
  --only X     run one part: persist (the bulk upsert stage) or pipeline (a full Stripe sync)
  --only fleet 1,000 connections on a 1-minute schedule for 15 minutes (an hour of a
               15-minute schedule, compressed) on the in-process orchestrator: schedule lag,
               syncs per minute, PostgreSQL connections, RSS, starvation. Not in the default run.
  --connections N, --minutes M, --concurrency C, --pool P   size the fleet (1000, 15, 8, 10)
  --profile    after the measured pipeline run (its figures are unaffected): time each stage
               alone, then profile another runSync (V8 CPU + allocations) and print where
               its time and memory go

Needs a PostgreSQL server in DATABASE_URL (tools/bench/run.sh starts the test server when unset).`;

/**
 * @example
 * parseArgs(['--quick', '--only', 'persist']) // { quick: true, parts: ['persist'], profile: false, help: false }
 */
export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = {
    quick: false,
    parts: ['persist', 'pipeline'],
    profile: false,
    help: false,
    fleet: { connections: 1_000, minutes: 15, concurrency: 8, pool: 10 },
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--quick') args.quick = true;
    else if (arg === '--profile') args.profile = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg === '--only' ? argv[++i] : arg.slice('--only='.length);
      if (value !== 'persist' && value !== 'pipeline' && value !== 'fleet')
        throw new Error(`--only takes persist, pipeline or fleet, not "${value ?? ''}"\n\n${USAGE}`);
      args.parts = [value];
    } else if (['--connections', '--minutes', '--concurrency', '--pool'].includes(arg)) {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) throw new Error(`${arg} takes a positive integer\n\n${USAGE}`);
      args.fleet = { ...args.fleet, [arg.slice(2)]: value };
    } else throw new Error(`Unknown argument "${arg}"\n\n${USAGE}`);
  }
  return args;
}
