import { createHttpClient } from '../http/client.js';
import type { SyncOptions, SyncRecord, SyncResult } from '../connector/types.js';
import { silentLogger } from '../util/logger.js';
import type { RecordedRequest, ScriptedStep } from './scripted-server.js';

/** A vendor item for the runner's tests. */
export interface Item {
  id: string;
  created: number;
  updated_at: string;
  name?: unknown;
  deleted?: boolean;
}

/**
 * A tiny list API over `items` for the runner's tests: `GET /items` with
 * `limit`, `after` (an index), `updated_since` (inclusive), `created_gte`,
 * `created_lt`, and `order=desc` (newest `created` first); answers
 * `{ data, next }` (next: the index to continue from, or null).
 */
export function listApi(items: () => readonly Item[]) {
  return (request: RecordedRequest): ScriptedStep => {
    const url = new URL(request.url, 'http://x');
    const q = (k: string) => url.searchParams.get(k);
    let rows = [...items()];
    if (q('updated_since')) rows = rows.filter((i) => Date.parse(i.updated_at) >= Date.parse(q('updated_since') as string));
    if (q('created_gte')) rows = rows.filter((i) => i.created >= Number(q('created_gte')));
    if (q('created_lt')) rows = rows.filter((i) => i.created < Number(q('created_lt')));
    rows.sort((a, b) => (q('order') === 'desc' ? b.created - a.created : Date.parse(a.updated_at) - Date.parse(b.updated_at)));
    const start = Number(q('after') ?? 0);
    const limit = Number(q('limit') ?? 3);
    const data = rows.slice(start, start + limit);
    return { body: { data, next: start + limit < rows.length ? start + limit : null } };
  };
}

/** Sync options against a scripted server. */
export function optionsFor(url: string, settings: unknown = {}, now = () => new Date('2026-10-15T12:00:00Z')): SyncOptions<unknown> {
  return {
    mode: 'incremental',
    http: createHttpClient({ baseUrl: url, retries: 0 }),
    logger: silentLogger,
    settings,
    now,
  };
}

type Sync = (credentials: unknown, cursor: string | null, options: SyncOptions<unknown>) => Promise<SyncResult>;

/** Call `sync` until a run ends; every page's result and the final cursor. */
export async function drain(sync: Sync, cursor: string | null, options: SyncOptions<unknown>, maxPages = 200) {
  const pages: SyncResult[] = [];
  let at = cursor;
  for (let i = 0; i < maxPages; i++) {
    const page = await sync({}, at, options);
    pages.push(page);
    at = page.cursor;
    if (!page.hasMore) break;
  }
  const records: SyncRecord[] = pages.flatMap((p) => p.records);
  return { pages, records, cursor: at, ids: records.map((r) => String(r.raw['id'])) };
}
