import { stripe } from '@tributary/connector-stripe';

/**
 * The Stripe connector as the pipeline's child processes run it: as
 * declared (the simulator's test key, 25 requests/s), or with
 * `--per-second N` in argv paced for N requests/s instead (`--live`: 100,
 * Stripe's live-mode read limit). The simulator only issues test keys.
 */
export function benchStripe(argv: readonly string[] = process.argv): typeof stripe {
  const at = argv.indexOf('--per-second');
  if (at < 0) return stripe;
  const perSecond = Number(argv[at + 1]);
  if (!Number.isFinite(perSecond) || perSecond <= 0) throw new Error(`--per-second takes a positive number, not "${argv[at + 1] ?? ''}"`);
  return { ...stripe, rateLimitFor: () => ({ perSecond }) };
}

/** The child's argv for a pipeline run paced as for a live key, or as declared. */
export const pacing = (live: boolean): string[] => (live ? ['--per-second', '100'] : []);
