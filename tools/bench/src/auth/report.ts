import type { ProfileSummary } from '../pipeline/profile.js';
import { num, out, percent, table, verdict } from '../shared/print.js';
import type { AuthFigures } from './index.js';

export const AUTH_TARGETS = { ratio: 0.3, p99Ms: 50 };

function printProfile(name: string, profile: ProfileSummary): void {
  out(`\nWhere the ${name} gateway's CPU goes under the authenticated load (${num(profile.total / 1000, 1)} s sampled; ${profile.file}):`);
  table(
    ['area', 'share'],
    profile.areas.slice(0, 10).map((a) => [a.name, percent(a.share)]),
  );
  table(
    ['function (self time)', 'share'],
    profile.top.slice(0, 10).map((f) => [f.name.slice(0, 110), percent(f.share)]),
  );
}

export function printAuth(figures: AuthFigures): void {
  out(
    `\n## Authenticated path: { me { email } } with an API token vs /healthz (${figures.connections} connections, ${figures.seconds} s each)\n`,
  );
  table(
    ['gateway', '/healthz req/s', 'me req/s', 'ratio', 'me p50 ms', 'me p99 ms', 'errors', 'timeouts', 'RSS MB'],
    figures.variants.map((v) => [
      v.name,
      num(v.healthz.requestsPerSecond),
      num(v.me.requestsPerSecond),
      percent(v.ratio),
      num(v.me.p50Ms, 1),
      num(v.me.p99Ms, 1),
      String(v.me.failed),
      String(v.me.timeouts),
      num(v.rssMb),
    ]),
  );
  const cached = figures.variants.find((v) => v.name === 'cached');
  const uncached = figures.variants.find((v) => v.name === 'uncached');
  if (cached && uncached) {
    out(
      `\nTargets (cached): ratio >= ${percent(AUTH_TARGETS.ratio)}: ${verdict(cached.ratio >= AUTH_TARGETS.ratio)} (${percent(cached.ratio)}); p99 < ${AUTH_TARGETS.p99Ms} ms: ${verdict(cached.me.p99Ms < AUTH_TARGETS.p99Ms)} (${num(cached.me.p99Ms, 1)} ms). The cache gives ${num(cached.me.requestsPerSecond / Math.max(uncached.me.requestsPerSecond, 1), 2)}x the uncached req/s.`,
    );
  }
  for (const v of figures.variants) if (v.profile) printProfile(v.name, v.profile);
  const s = figures.soak;
  if (s) {
    out(
      `\n## Soak: ${s.seconds} s of the authenticated query at ${figures.connections} connections (${num(s.load.requestsPerSecond)} req/s, ${s.load.failed} errors)\n`,
    );
    table(
      ['RSS before', 'peak', 'end of load', 'after 20 s idle', 'slope, 2nd half'],
      [
        [
          `${num(s.beforeMb)} MB`,
          `${num(s.peakMb)} MB`,
          `${num(s.endMb)} MB`,
          `${num(s.idleMb)} MB`,
          `${num(s.secondHalfSlopeMbPerMin, 2)} MB/min`,
        ],
      ],
    );
    out(`Samples (s: MB): ${s.samples.map((p) => `${num(p.atSeconds)}: ${num(p.rssMb)}`).join(', ')}`);
  }
}
