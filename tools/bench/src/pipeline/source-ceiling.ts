import { performance } from 'node:perf_hooks';
import { STRIPE_API_VERSION } from '@tributary/connector-stripe';
import { isObject } from '../shared/json.js';

/** The lists a full Stripe sync walks, in its order (https://docs.stripe.com/api/pagination). */
const LISTS = ['/v1/customers', '/v1/charges', '/v1/refunds', '/v1/subscriptions?status=all'];

export interface SourceRead {
  records: number;
  pages: number;
  ms: number;
  /** Characters of JSON received (the simulator's data is ASCII: bytes). */
  bytes: number;
}

/** The page's items and the id to continue after; throws on anything but a Stripe list. */
function readList(body: unknown): { count: number; next: string | null } {
  if (!isObject(body) || !Array.isArray(body['data']) || typeof body['has_more'] !== 'boolean') throw new Error('Not a Stripe list');
  const data: unknown[] = body['data'];
  const last = data[data.length - 1];
  const id = isObject(last) && typeof last['id'] === 'string' ? last['id'] : null;
  return { count: data.length, next: body['has_more'] ? id : null };
}

/**
 * The source ceiling: every page of every list with plain `fetch` and
 * `JSON.parse`, one page at a time, nothing else. Pass `maxPages` to stop early (warm-up).
 */
export async function readAllPages(api: { url: string; apiKey: string }, maxPages = Infinity): Promise<SourceRead> {
  const headers = { Authorization: `Bearer ${api.apiKey}`, 'Stripe-Version': STRIPE_API_VERSION };
  const started = performance.now();
  let records = 0;
  let pages = 0;
  let bytes = 0;
  for (const list of LISTS) {
    let after: string | null = null;
    do {
      const url = new URL(`${api.url}${list}`);
      url.searchParams.set('limit', '100');
      if (after) url.searchParams.set('starting_after', after);
      const response = await fetch(url, { headers });
      if (!response.ok) throw new Error(`GET ${url.pathname} answered ${response.status}`);
      const text = await response.text();
      bytes += text.length;
      const page = readList(JSON.parse(text));
      records += page.count;
      pages++;
      after = page.next;
    } while (after !== null && pages < maxPages);
    if (pages >= maxPages) break;
  }
  return { records, pages, ms: performance.now() - started, bytes };
}
