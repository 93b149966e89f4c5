import { afterEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { VendorError } from '../errors/errors.js';
import { httpHarness } from '../testing/http-harness.js';
import type { HttpClient, HttpRequest } from './client.js';
import { fetchPage, paginate } from './paginate.js';
import type { PaginationSpec } from './pagination-spec.js';

/** An HttpClient that answers from a function and records what it was asked. */
function fakeClient(answer: (req: HttpRequest, index: number) => unknown) {
  const requests: HttpRequest[] = [];
  const http: HttpClient = {
    baseUrl: 'https://api.acme.test',
    rateLimit: undefined,
    redact: (text) => text,
    async request<T>(req: HttpRequest, schema?: z.ZodType<T>) {
      requests.push(req);
      const data: unknown = answer(req, requests.length - 1);
      return { status: 200, headers: new Headers(), data: (schema ? schema.parse(data) : data) as T, url: req.path };
    },
  };
  return { http, requests };
}

const all = async <T>(pages: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const page of pages) out.push(page);
  return out;
};

describe('cursor pagination', () => {
  const stripe: PaginationSpec = {
    style: 'cursor',
    itemsPath: 'data',
    cursorParam: 'starting_after',
    cursorPath: 'data.-1.id',
    hasMorePath: 'has_more',
    limitParam: 'limit',
    pageSize: 2,
  };

  it('sends the last item id while has_more is true and stops after', async () => {
    const bodies = [
      { data: [{ id: 'a' }, { id: 'b' }], has_more: true },
      { data: [{ id: 'c' }], has_more: false },
    ];
    const { http, requests } = fakeClient((_req, i) => bodies[i]);
    const pages = await all(paginate(http, stripe, { path: '/v1/customers', query: { 'created[gte]': 100 } }));
    expect(pages.map((p) => p.next)).toEqual(['b', null]);
    expect(pages.map((p) => p.items.length)).toEqual([2, 1]);
    expect(requests.map((r) => r.query)).toEqual([
      { 'created[gte]': 100, limit: 2 },
      { 'created[gte]': 100, limit: 2, starting_after: 'b' },
    ]);
    expect(pages[1]?.body).toEqual(bodies[1]);
  });

  it('stops when has_more is missing or not true, even with items', async () => {
    const { http } = fakeClient(() => ({ data: [{ id: 'a' }], has_more: 'true' }));
    expect((await fetchPage(http, stripe, { path: '/v1/x' }, null)).next).toBeNull();
  });

  it('reads a body cursor without hasMorePath and stops on an empty page or a missing cursor', async () => {
    const hubspot: PaginationSpec = { style: 'cursor', itemsPath: 'results', cursorParam: 'after', cursorPath: 'paging.next.after' };
    const { http, requests } = fakeClient((_req, i) =>
      i === 0 ? { results: [{ id: 1 }], paging: { next: { after: 42 } } } : { results: [], paging: { next: { after: '43' } } },
    );
    const first = await fetchPage(http, hubspot, { path: '/crm/v3/objects/contacts' }, null);
    expect(first.next).toBe('42');
    const second = await fetchPage(http, hubspot, { path: '/crm/v3/objects/contacts' }, first.next);
    expect(second.next).toBeNull();
    expect(requests[1]?.query).toEqual({ after: '42' });
    const { http: ended } = fakeClient(() => ({ results: [{ id: 1 }] }));
    expect((await fetchPage(ended, hubspot, { path: '/x' }, null)).next).toBeNull();
  });
});

describe('next_url pagination', () => {
  const spec: PaginationSpec = {
    style: 'next_url',
    itemsPath: 'records',
    nextUrlPath: 'nextRecordsUrl',
    limitParam: 'limit',
    pageSize: 200,
  };

  it('follows absolute and relative next links as given, without re-sending the first query', async () => {
    const bodies = [
      { records: [1], nextRecordsUrl: 'https://eu.acme.test/query/01g-200' },
      { records: [2], nextRecordsUrl: '/services/data/v59.0/query/01g-400' },
      { records: [3], nextRecordsUrl: null },
    ];
    const { http, requests } = fakeClient((_req, i) => bodies[i]);
    const pages = await all(paginate(http, spec, { path: '/services/data/v59.0/query', query: { q: 'SELECT Id FROM Contact' } }));
    expect(pages.map((p) => p.next)).toEqual(['https://eu.acme.test/query/01g-200', '/services/data/v59.0/query/01g-400', null]);
    expect(requests.map((r) => [r.path, r.query])).toEqual([
      ['/services/data/v59.0/query', { q: 'SELECT Id FROM Contact', limit: 200 }],
      ['https://eu.acme.test/query/01g-200', {}],
      ['/services/data/v59.0/query/01g-400', {}],
    ]);
  });

  it('reads dotted link paths and treats an empty link as the end', async () => {
    const graph: PaginationSpec = { style: 'next_url', itemsPath: 'value', nextUrlPath: 'links.next' };
    const { http } = fakeClient(() => ({ value: [], links: { next: '' } }));
    expect((await fetchPage(http, graph, { path: '/me/events' }, null)).next).toBeNull();
  });
});

describe('offset pagination', () => {
  it('advances by the items received and stops at the total', async () => {
    const spec: PaginationSpec = {
      style: 'offset',
      itemsPath: 'items',
      offsetParam: 'offset',
      limitParam: 'count',
      pageSize: 2,
      totalPath: 'meta.total',
    };
    const { http, requests } = fakeClient((req) => {
      const offset = Number(req.query?.['offset']);
      return { items: [1, 2, 3, 4, 5].slice(offset, offset + 2), meta: { total: 5 } };
    });
    const pages = await all(paginate(http, spec, { path: '/lists' }));
    expect(pages.map((p) => p.items)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages.map((p) => p.next)).toEqual(['2', '4', null]);
    expect(requests.map((r) => r.query)).toEqual([
      { count: 2, offset: 0 },
      { count: 2, offset: 2 },
      { count: 2, offset: 4 },
    ]);
  });

  it('without a total, stops on the first short page', async () => {
    const spec: PaginationSpec = { style: 'offset', itemsPath: 'items', offsetParam: 'start', limitParam: 'limit', pageSize: 3 };
    const sizes = [3, 3, 1];
    const { http } = fakeClient((_req, i) => ({ items: Array.from({ length: sizes[i] ?? 0 }, (_, n) => n) }));
    const pages = await all(paginate(http, spec, { path: '/x' }));
    expect(pages.map((p) => p.next)).toEqual(['3', '6', null]);
  });

  it('stops on an exact multiple with an empty last page', async () => {
    const spec: PaginationSpec = { style: 'offset', itemsPath: 'items', offsetParam: 'start', limitParam: 'limit', pageSize: 2 };
    const { http } = fakeClient((_req, i) => ({ items: i === 0 ? [1, 2] : [] }));
    expect((await all(paginate(http, spec, { path: '/x' }))).map((p) => p.next)).toEqual(['2', null]);
  });
});

describe('page_token pagination', () => {
  const spec: PaginationSpec = {
    style: 'page_token',
    itemsPath: 'rows',
    tokenParam: 'pageToken',
    tokenPath: 'nextPageToken',
    limitParam: 'pageSize',
    pageSize: 50,
  };

  it('passes the token until the response has none', async () => {
    const bodies = [
      { rows: [1], nextPageToken: 'tok-2' },
      { rows: [2], nextPageToken: '' },
    ];
    const { http, requests } = fakeClient((_req, i) => bodies[i]);
    const pages = await all(paginate(http, spec, { path: '/v1/report', method: 'POST', idempotent: true }));
    expect(pages.map((p) => p.next)).toEqual(['tok-2', null]);
    expect(requests.map((r) => r.query)).toEqual([{ pageSize: 50 }, { pageSize: 50, pageToken: 'tok-2' }]);
    expect(requests.every((r) => r.method === 'POST' && r.idempotent === true)).toBe(true);
  });
});

describe('fetchPage / paginate guards', () => {
  it('rejects a body without an array at the items path', async () => {
    const spec: PaginationSpec = { style: 'page_token', itemsPath: 'data.rows', tokenParam: 't', tokenPath: 'n' };
    for (const body of [{ data: { rows: 'x' } }, { data: null }, 'text', undefined]) {
      const { http } = fakeClient(() => body);
      const error = await fetchPage(http, spec, { path: '/x' }, null).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(VendorError);
      expect(error).toMatchObject({ vendorCode: 'unexpected_response', message: 'Expected an array at "data.rows" in the response' });
    }
  });

  it('stops after maxPages even when the vendor keeps paging', async () => {
    const spec: PaginationSpec = { style: 'page_token', itemsPath: 'rows', tokenParam: 't', tokenPath: 'n' };
    const { http, requests } = fakeClient((_req, i) => ({ rows: [i], n: `p${i + 1}` }));
    expect(await all(paginate(http, spec, { path: '/x' }, undefined, 3))).toHaveLength(3);
    expect(requests).toHaveLength(3);
  });
});

describe('paginate over a real client', () => {
  const harness = httpHarness();
  afterEach(harness.closeAll);

  it('walks a Stripe-style list end to end', async () => {
    const { server, http } = await harness.setup((req) => {
      const after = new URL(req.url, 'http://x').searchParams.get('starting_after');
      return {
        body: after === null ? { data: [{ id: 'cus_1' }, { id: 'cus_2' }], has_more: true } : { data: [{ id: 'cus_3' }], has_more: false },
      };
    });
    const spec: PaginationSpec = {
      style: 'cursor',
      itemsPath: 'data',
      cursorParam: 'starting_after',
      cursorPath: 'data.-1.id',
      hasMorePath: 'has_more',
      limitParam: 'limit',
      pageSize: 2,
    };
    const ids = (await all(paginate(http, spec, { path: '/v1/customers' }))).flatMap((p) => p.items);
    expect(ids).toEqual([{ id: 'cus_1' }, { id: 'cus_2' }, { id: 'cus_3' }]);
    expect(server.requests.map((r) => r.url)).toEqual(['/api/v1/customers?limit=2', '/api/v1/customers?limit=2&starting_after=cus_2']);
  });
});

describe('paging parameters in a JSON body', () => {
  it('puts the cursor and page size at the top level of the request body, keeping its fields and the query', async () => {
    const search: PaginationSpec = {
      style: 'cursor',
      itemsPath: 'results',
      cursorParam: 'after',
      cursorPath: 'paging.next.after',
      limitParam: 'limit',
      pageSize: 200,
      paramsIn: 'json',
    };
    const { http, requests } = fakeClient((_req, i) => ({
      results: [{ id: String(i) }],
      ...(i === 0 ? { paging: { next: { after: '200' } } } : {}),
    }));
    const request: HttpRequest = {
      method: 'POST',
      path: '/crm/v3/objects/contacts/search',
      query: { hapikey: 'no' },
      json: { sorts: ['x'] },
    };
    const pages = await all(paginate(http, search, request));
    expect(pages.map((p) => p.next)).toEqual(['200', null]);
    expect(requests.map((r) => r.json)).toEqual([
      { sorts: ['x'], limit: 200 },
      { sorts: ['x'], limit: 200, after: '200' },
    ]);
    expect(requests.map((r) => r.query)).toEqual([{ hapikey: 'no' }, { hapikey: 'no' }]);
  });
});
