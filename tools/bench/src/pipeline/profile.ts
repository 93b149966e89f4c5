import type { ProfileFrame, SampledProfile } from './profile-read.js';

export interface Share {
  name: string;
  /** Milliseconds (CPU profile) or bytes (allocation profile). */
  amount: number;
  share: number;
}

export interface ProfileSummary {
  file: string;
  total: number;
  /** By pipeline stage: the nearest caller on the stack that belongs to one decides. */
  stages: Share[];
  /** By area (package or workspace lib; native and node: functions count for their caller). */
  areas: Share[];
  /** The functions with the largest self amount. */
  top: Share[];
}

const SPECIAL = new Map([
  ['(idle)', '(idle: waiting for the simulator or PostgreSQL)'],
  ['(garbage collector)', '(garbage collector)'],
  ['(program)', '(program: V8 and native)'],
]);

/** Where a function's code lives, coarse enough to act on. */
const AREAS: [RegExp, string][] = [
  [/node_modules\/@prisma\/|libs\/db\/src\/generated\//, 'Prisma (client, adapter, query compiler)'],
  [/node_modules\/(pg|pg-protocol|pg-types|pg-pool|postgres-array)\//, 'pg driver'],
  [/node_modules\/zod\//, 'zod'],
  [/node_modules\/(tsx|esbuild|get-tsconfig)\//, 'tsx loader'],
  [/node_modules\/ky\//, 'ky (HTTP client)'],
  [/undici/, 'fetch (undici)'],
  [/libs\/core\/src\/http\//, 'libs/core http'],
  [/libs\/core\/src\/(mapping|canonical)\//, 'libs/core mapping + canonical'],
  [/libs\/core\//, 'libs/core (other)'],
  [/libs\/connectors\/stripe\//, 'connector-stripe'],
  [/libs\/sync\//, 'libs/sync'],
  [/libs\/db\//, 'libs/db'],
  [
    /node_modules\/(graphql|@graphql-tools|@envelop|graphql-yoga|@graphql-yoga|@escape\.tech|@pothos|@whatwg-node)\//,
    'GraphQL (yoga, envelop, Pothos, armor)',
  ],
  [/node_modules\/(hono|@hono)\//, 'Hono'],
  [/node_modules\/(pino|pino-std-serializers|sonic-boom|fast-redact|@pinojs)\//, 'pino (logging)'],
  [/node_modules\/(prom-client|tdigest|bintrees)\//, 'prom-client (metrics)'],
  [/node_modules\/lru-cache\//, 'lru-cache (auth cache)'],
  [/apps\/gateway\//, 'apps/gateway'],
  [/^node:/, 'node internals'],
  [/node_modules\//, 'other packages'],
];

/** Pipeline stages, recognised by any frame on the stack (the nearest to the sampled function wins). */
const STAGES: [RegExp, string][] = [
  [
    /libs\/sync\/src\/persist|libs\/db\/|node_modules\/(@prisma|pg|pg-protocol|pg-types|pg-pool|postgres-array)\//,
    'persist: bulkUpsert through Prisma and pg',
  ],
  [/libs\/sync\/src\/quality|libs\/core\/src\/(mapping|canonical)\//, 'transform: mappings + canonical validation'],
  [/libs\/connectors\/stripe\/|libs\/core\/src\/http\/|node_modules\/ky\/|undici/, 'source: HTTP, JSON, vendor schema'],
];

const up = (frames: Map<number, ProfileFrame>, f: ProfileFrame) => (f.parent === undefined ? undefined : frames.get(f.parent));

/** The nearest frame of user-land code (native functions and node: internals count for their caller; fetch stays fetch). */
function owner(frames: Map<number, ProfileFrame>, frame: ProfileFrame): ProfileFrame | undefined {
  let f: ProfileFrame | undefined = frame;
  while (f && (f.url === '' || (f.url.startsWith('node:') && !f.url.includes('undici')))) f = up(frames, f);
  return f ?? (frame.url ? frame : undefined);
}

function areaOf(frames: Map<number, ProfileFrame>, frame: ProfileFrame): string {
  const special = SPECIAL.get(frame.fn);
  if (special) return special;
  const o = owner(frames, frame);
  return o ? (AREAS.find(([re]) => re.test(o.url))?.[1] ?? 'other') : 'native (no caller with source)';
}

function stageOf(frames: Map<number, ProfileFrame>, leaf: ProfileFrame): string {
  const special = SPECIAL.get(leaf.fn);
  if (special) return special;
  for (let f: ProfileFrame | undefined = leaf; f; f = up(frames, f)) {
    const stage = STAGES.find(([re]) => re.test(f?.url ?? ''))?.[1];
    if (stage) return stage;
  }
  return 'other (event loop, streams, timers, startup)';
}

/** `node_modules/pg/lib/utils.js:14`, `libs/db/src/bulk-upsert.ts:12` (CPU profiles give URLs, heap profiles paths). */
const where = (f: ProfileFrame) => (f.url ? `${f.url.replace(/^(file:\/\/)?.*?\/(node_modules|libs|tools)\//, '$2/')}:${f.line}` : '');

/** `fn  file:line`; a native or node: function also names the user-land code that called it. */
function label(frames: Map<number, ProfileFrame>, frame: ProfileFrame): string {
  if (SPECIAL.has(frame.fn)) return frame.fn;
  const name = `${frame.fn || '(anonymous)'}${frame.url === '' ? ' (native)' : ''}  ${where(frame)}`.trim();
  const o = owner(frames, frame);
  return !o || o === frame ? name : `${name} <- ${o.fn || '(anonymous)'}  ${where(o)}`;
}

function ranked(map: Map<string, number>, total: number, limit = Infinity): Share[] {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([name, amount]) => ({ name, amount, share: total > 0 ? amount / total : 0 }));
}

/** Summarize a CPU or allocation profile by pipeline stage, by area and by function. */
export function summarizeProfile(profile: SampledProfile, topN = 15): ProfileSummary {
  const stages = new Map<string, number>();
  const areas = new Map<string, number>();
  const fns = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, amount: number) => map.set(key, (map.get(key) ?? 0) + amount);
  let total = 0;
  for (const [id, amount] of profile.weights) {
    const frame = profile.frames.get(id);
    if (!frame || amount === 0) continue;
    total += amount;
    add(stages, stageOf(profile.frames, frame), amount);
    add(areas, areaOf(profile.frames, frame), amount);
    add(fns, label(profile.frames, frame), amount);
  }
  return { file: profile.file, total, stages: ranked(stages, total), areas: ranked(areas, total), top: ranked(fns, total, topN) };
}
