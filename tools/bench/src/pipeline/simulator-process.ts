/**
 * The Stripe simulator in its own process, so the sync's RSS and CPU are
 * measured without it. Prints one JSON line `{ url, apiKey, counts }`; then
 * answers each `cpu` line on stdin with `{ cpuMs }`, and stops when stdin closes.
 *
 *   tsx tools/bench/src/pipeline/simulator-process.ts --customers 2000 --charges 100000
 */
import { createInterface } from 'node:readline';
import { createStripeSimulator } from '@tributary/connector-stripe/sandbox';
import { cpuMs } from '../shared/timing.js';

function option(name: string): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = Number(at >= 0 ? process.argv[at + 1] : NaN);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`--${name} <count> is required`);
  return value;
}

async function main(): Promise<void> {
  // History generated up to a fixed date: the same data on every run.
  let generated = false;
  const clock = () => (generated ? new Date() : new Date('2026-11-01T00:00:00Z'));
  const sim = createStripeSimulator({ seed: 2026, customers: option('customers'), charges: option('charges'), now: clock });
  generated = true;
  const server = await sim.start();
  const counts = {
    customers: sim.data.customerCount(),
    charges: sim.data.chargeCount(),
    refunds: sim.data.refundCount(),
    subscriptions: sim.data.subscriptionCount(),
  };
  process.stdout.write(`${JSON.stringify({ url: server.url, apiKey: sim.apiKey, counts })}\n`);
  const input = createInterface({ input: process.stdin });
  input.on('line', (line) => {
    if (line.trim() === 'cpu') process.stdout.write(`${JSON.stringify({ cpuMs: cpuMs() })}\n`);
  });
  input.on('close', () => {
    void server.close().finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
