import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readCpuProfile } from '../pipeline/profile-read.js';
import { summarizeProfile, type ProfileSummary } from '../pipeline/profile.js';
import { createBenchDatabase } from '../shared/database.js';
import { ratio } from '../shared/print.js';
import { startBenchGateway, type BenchGateway } from './gateway.js';
import { load, rssMb, type LoadResult } from './load.js';
import { soak, type SoakFigures } from './soak.js';

export interface AuthOptions {
  seconds: number;
  connections: number;
  /** Seconds of sustained authenticated load while RSS is sampled (0: no soak). */
  soakSeconds: number;
  profile: boolean;
}

/** The gateway with the in-process auth cache (the default) and without it (every request looks the token up: the old path). */
export const VARIANTS = [
  { name: 'cached', env: {} },
  { name: 'uncached', env: { TRIBUTARY_AUTH_CACHE_MS: '0' } },
] as const;

export interface VariantFigures {
  name: (typeof VARIANTS)[number]['name'];
  healthz: LoadResult;
  me: LoadResult;
  /** Authenticated `{ me { email } }` req/s over `/healthz` req/s, same gateway, same run. */
  ratio: number;
  rssMb: number;
  profile?: ProfileSummary;
}

export interface AuthFigures {
  seconds: number;
  connections: number;
  variants: VariantFigures[];
  soak?: SoakFigures;
}

const ME = (g: BenchGateway) => ({
  url: `${g.url}/graphql`,
  method: 'POST' as const,
  headers: { authorization: `Bearer ${g.token}`, 'content-type': 'application/json' },
  body: JSON.stringify({ query: '{ me { email } }' }),
});

/** Warm up (JIT, pools, caches), then `/healthz` and the authenticated query, one after the other, at the same concurrency. */
async function measure(g: BenchGateway, options: AuthOptions) {
  await load({ url: `${g.url}/healthz` }, 10, 2);
  await load(ME(g), 10, 3);
  const healthz = await load({ url: `${g.url}/healthz` }, options.connections, options.seconds);
  const me = await load(ME(g), options.connections, options.seconds);
  return { healthz, me, ratio: ratio(me.requestsPerSecond, healthz.requestsPerSecond) };
}

/** A profiled gateway under the authenticated load only: where its CPU goes. */
async function profileOf(variant: (typeof VARIANTS)[number], options: AuthOptions): Promise<ProfileSummary | undefined> {
  const db = await createBenchDatabase(`auth_profile_${variant.name}`);
  const g = await startBenchGateway(db.url, variant.env, { profile: true }).catch(async (error: unknown) => {
    await db.dispose();
    throw error;
  });
  try {
    await load(ME(g), 10, 2);
    await load(ME(g), options.connections, options.seconds);
  } finally {
    await g.stop();
    await db.dispose();
  }
  const file = g.profileDir ? readdirSync(g.profileDir).find((f) => f.endsWith('.cpuprofile')) : undefined;
  return file && g.profileDir ? summarizeProfile(readCpuProfile(join(g.profileDir, file)), 12) : undefined;
}

async function runVariant(
  variant: (typeof VARIANTS)[number],
  options: AuthOptions,
): Promise<{ figures: VariantFigures; soak?: SoakFigures }> {
  const db = await createBenchDatabase(`auth_${variant.name}`);
  try {
    const g = await startBenchGateway(db.url, variant.env);
    let figures: VariantFigures;
    let soaked: SoakFigures | undefined;
    try {
      figures = { name: variant.name, ...(await measure(g, options)), rssMb: rssMb(g.pid) };
      if (variant.name === 'cached' && options.soakSeconds > 0) soaked = await soak(g.pid, ME(g), options.connections, options.soakSeconds);
    } finally {
      await g.stop();
    }
    return soaked ? { figures, soak: soaked } : { figures };
  } finally {
    await db.dispose();
  }
}

/**
 * The authenticated path: a trivial query with an API token against
 * `/healthz`, both measured in the same run on the same gateway (a
 * production-mode `npm start` process on the PostgreSQL server), with the
 * auth cache on and off; optionally a soak that samples the gateway's RSS.
 */
export async function runAuth(options: AuthOptions): Promise<AuthFigures> {
  const variants: VariantFigures[] = [];
  let soaked: SoakFigures | undefined;
  for (const variant of VARIANTS) {
    const result = await runVariant(variant, options);
    variants.push(result.figures);
    soaked ??= result.soak;
  }
  // Profiled separately, after the measured runs: the profiler's overhead stays out of their figures.
  if (options.profile) {
    for (const v of variants) {
      const variant = VARIANTS.find((x) => x.name === v.name);
      const profile = variant ? await profileOf(variant, options) : undefined;
      if (profile) v.profile = profile;
    }
  }
  return { seconds: options.seconds, connections: options.connections, variants, ...(soaked ? { soak: soaked } : {}) };
}
