export type Part = 'persist' | 'pipeline';

export interface BenchArgs {
  quick: boolean;
  parts: Part[];
  /** Diagnose the pipeline: each stage alone, then CPU and allocation profiles of another runSync. */
  profile: boolean;
  help: boolean;
}

export const USAGE = `Usage: npm run bench -- [--quick] [--only persist|pipeline] [--profile]

  --quick      smoke run: 10,000 rows / 10,000 charges instead of 100,000
  --only X     run one part: persist (the bulk upsert stage) or pipeline (a full Stripe sync)
  --profile    after the measured pipeline run (its figures are unaffected): time each stage
               alone, then profile another runSync (V8 CPU + allocations) and print where
               its time and memory go

Needs a PostgreSQL server in DATABASE_URL (tools/bench/run.sh starts the test server when unset).`;

/**
 * @example
 * parseArgs(['--quick', '--only', 'persist']) // { quick: true, parts: ['persist'], profile: false, help: false }
 */
export function parseArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = { quick: false, parts: ['persist', 'pipeline'], profile: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--quick') args.quick = true;
    else if (arg === '--profile') args.profile = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--only' || arg.startsWith('--only=')) {
      const value = arg === '--only' ? argv[++i] : arg.slice('--only='.length);
      if (value !== 'persist' && value !== 'pipeline')
        throw new Error(`--only takes persist or pipeline, not "${value ?? ''}"\n\n${USAGE}`);
      args.parts = [value];
    } else throw new Error(`Unknown argument "${arg}"\n\n${USAGE}`);
  }
  return args;
}
