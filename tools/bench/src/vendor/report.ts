import { num, out, percent, seconds, table, verdict } from '../shared/print.js';
import type { VendorFigures, VendorRun } from './figures.js';

const row = (label: string, r: VendorRun): string[] => [
  label,
  r.status,
  num(r.records),
  seconds(r.durationMs),
  num(r.requests),
  num(r.limited),
  r.idealMs > 0 ? seconds(r.idealMs) : '-',
  r.idealMs > 0 ? percent(r.ofIdeal) : '-',
  `${seconds(r.cpuMs)} + ${seconds(r.simulatorCpuMs)} + ${seconds(r.pgCpuMs)}`,
  r.machineIdle >= 0 ? percent(r.machineIdle) : '-',
];

export function printVendor(f: VendorFigures): void {
  const c = f.conditions;
  out(
    `\nVendor conditions: a full Stripe sync of ${num(f.dataset.records)} records (${num(f.dataset.charges)} charges), ` +
      `${c.latencyMs} ms latency + up to ${c.jitterMs} ms jitter, ${c.rate ? `${c.rate} req/s per key` : 'no rate limit'}` +
      `${c.bytesPerSecond ? `, ${num(c.bytesPerSecond)} bytes/s` : ''}:`,
  );
  table(
    [
      'run',
      'status',
      'records',
      'seconds',
      'requests',
      '429s',
      'ideal s',
      '% of ideal',
      'CPU s: sync + vendor + PostgreSQL',
      'machine idle',
    ],
    [
      row('sequential (concurrency 1, one range)', f.sequential),
      row('partitioned (declared concurrency)', f.partitioned),
      ...(f.wider ? [row(`partitioned, ${String(f.wider.concurrency)} slices at once`, f.wider)] : []),
    ],
  );
  for (const r of [f.sequential, f.partitioned, ...(f.wider ? [f.wider] : [])]) if (r.error) out(`  ${String(r.concurrency)}: ${r.error}`);
  if (f.partitioned.limited > 0)
    out(`  429s of the partitioned run at ${f.partitioned.limitedAtMs.map((ms) => `${num(ms)} ms`).join(', ')}`);
  out(`  partitioned vs sequential: ${num(f.speedup, 2)}x faster`);
  const p = f.partitioned;
  const chainMs = (p.cpuMs + p.simulatorCpuMs + p.pgCpuMs) / Math.max(1, p.requests);
  // At the rate limit the chain needs rate x CPU per request of a core; with no idle CPU the run waited for cores instead.
  out(
    `  CPU of the whole chain per request (partitioned): ${num(chainMs, 1)} ms (sync, vendor simulator and PostgreSQL on this machine)` +
      (c.rate ? `; at ${num(c.rate)} req/s that is ${percent((chainMs * c.rate) / 1000)} of a core` : '') +
      (p.machineIdle >= 0 ? `; the machine was ${percent(p.machineIdle)} idle during the run` : ''),
  );
  const t = f.targets;
  out(
    `  Targets: within 80% of what the rate limit allows ${verdict(t.within80PercentOfIdeal)} (${percent(f.partitioned.ofIdeal)}); ` +
      `no 429 beyond the first probe ${verdict(t.atMostOne429)} (${num(f.partitioned.limited)})` +
      (t.under50s === null ? '' : `; under 50 s at 100,000 charges and 25/s ${verdict(t.under50s)}`),
  );
}
