/**
 * The Stripe simulator in its own process, so the sync's RSS and CPU are
 * measured without it. Prints one JSON line `{ url, apiKey, counts }`; then
 * answers each `cpu` line on stdin with `{ cpuMs }` and each `requests`
 * line with `{ requests, limited, limitedAtMs }` (`reset` zeroes them), and stops when stdin closes.
 * With `--latency`, `--jitter`, `--rate` or `--bandwidth` it serves behind
 * the sandbox kit's vendor conditions (`../vendor/conditions.ts`).
 *
 *   tsx tools/bench/src/pipeline/simulator-process.ts --customers 2000 --charges 100000 [--latency 200 --jitter 0 --rate 25 --bandwidth 5000000]
 */
import { createInterface } from 'node:readline';
import { createStripeSimulator } from '@tributary/connector-stripe/sandbox';
import { serve } from '@tributary/sandbox';
import { cpuMs } from '../shared/timing.js';
import { withVendorConditions, type VendorCounts, type VendorFlags } from '../vendor/conditions.js';

function option(name: string, fallback?: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : (fallback ?? NaN);
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} <number> is required`);
  return value;
}

/** The vendor conditions asked for, or undefined for the bare simulator. */
function vendorFlags(): VendorFlags | undefined {
  if (!['--latency', '--jitter', '--rate', '--bandwidth'].some((flag) => process.argv.includes(flag))) return undefined;
  const rate = option('rate', 0);
  const bytesPerSecond = option('bandwidth', 0);
  return {
    latencyMs: option('latency', 0),
    jitterMs: option('jitter', 0),
    ...(rate > 0 ? { rate } : {}),
    ...(bytesPerSecond > 0 ? { bytesPerSecond } : {}),
  };
}

async function main(): Promise<void> {
  // History generated up to a fixed date: the same data on every run.
  let generated = false;
  const clock = () => (generated ? new Date() : new Date('2026-11-01T00:00:00Z'));
  const sim = createStripeSimulator({ seed: 2026, customers: option('customers'), charges: option('charges'), now: clock });
  generated = true;
  const flags = vendorFlags();
  const wrapped = flags ? withVendorConditions(sim.app, flags) : undefined;
  const server = wrapped ? await serve(wrapped.app) : await sim.start();
  const counts = {
    customers: sim.data.customerCount(),
    charges: sim.data.chargeCount(),
    refunds: sim.data.refundCount(),
    subscriptions: sim.data.subscriptionCount(),
  };
  process.stdout.write(`${JSON.stringify({ url: server.url, apiKey: sim.apiKey, counts })}\n`);
  const requests = (): VendorCounts => wrapped?.counts ?? { requests: sim.requests.all.length, limited: 0, limitedAtMs: [] };
  const input = createInterface({ input: process.stdin });
  input.on('line', (line) => {
    if (line.trim() === 'cpu') process.stdout.write(`${JSON.stringify({ cpuMs: cpuMs() })}\n`);
    if (line.trim() === 'requests') process.stdout.write(`${JSON.stringify(requests())}\n`);
    // Between two measured runs: count each run's requests and 429s from zero.
    if (line.trim() === 'reset') wrapped?.reset();
  });
  input.on('close', () => {
    void server.close().finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
