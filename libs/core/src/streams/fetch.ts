import { VendorError } from '../errors/errors.js';
import type { HttpRequest } from '../http/client.js';
import { fetchPage } from '../http/paginate.js';
import type { PaginationSpec } from '../http/pagination-spec.js';
import { getPath } from '../util/path.js';
import type { RunStream } from './records.js';
import type { PageWindow, StreamContext, StreamPage } from './types.js';

/** The stream's request for this window. */
export function requestFor(stream: RunStream, window: PageWindow, ctx: StreamContext): HttpRequest {
  const request = stream.request;
  if (!request) throw new Error(`Stream "${stream.name}" declares neither a request nor read()`);
  return typeof request === 'function' ? request(window, ctx) : request;
}

/**
 * One page of a stream: its own `read()` when it has one, else its request
 * with the declared pagination (or a single response when `none`).
 */
export async function readStreamPage(
  stream: RunStream,
  window: PageWindow,
  ctx: StreamContext,
  pagination: PaginationSpec | undefined,
): Promise<StreamPage> {
  if (stream.read) return stream.read(window, ctx);
  const base = { ...requestFor(stream, window, ctx), ...(ctx.signal ? { signal: ctx.signal } : {}) };
  // A delta query starts from its stored delta link (an absolute URL carrying every query option).
  const request = window.link && window.token === null ? { ...base, path: window.link, query: {} } : base;
  const spec = stream.pagination ?? pagination;
  if (spec === undefined || spec === 'none') {
    const { data } = await ctx.http.request(request, stream.response);
    const items = stream.itemsPath ? getPath(data, stream.itemsPath) : data;
    if (!Array.isArray(items)) {
      throw new VendorError(`Expected an array at "${stream.itemsPath ?? '(body)'}" in the response`, {
        vendorCode: 'unexpected_response',
      });
    }
    return { items, next: null, body: data };
  }
  const page = await fetchPage(ctx.http, spec, request, window.token, stream.response);
  return { items: page.items, next: page.next, body: page.body };
}
