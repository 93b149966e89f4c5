import { z } from 'zod';

const JsonObject = z.record(z.string(), z.unknown());

/** A request the connector made, as stripe-mock answered it. */
export interface RecordedRequest {
  method: string;
  url: URL;
  status: number;
  /** The `Stripe-Version` header sent. */
  version: string | null;
}

/**
 * stripe-mock as a sharper contract check: every request still goes to
 * stripe-mock (which validates its path, parameters and version), and the
 * answer can then be reshaped where stripe-mock cannot answer like Stripe:
 * its lists always say `has_more: false` (so `starting_after` would never be
 * sent), it never says an event expired, and its only event carries a plan.
 */
export interface StripeMockFetch {
  fetch: typeof fetch;
  requests: RecordedRequest[];
  /** The next answer of each of these list paths says `has_more: true`, so the connector pages on. */
  morePages(paths: readonly string[]): void;
  /** The next `/v1/events` request with `ending_before` gets Stripe's 400 `resource_missing` (the anchor event expired). */
  expireAnchor(): void;
  /** `/v1/events` answers carry these objects (as stripe-mock renders them) in place of stripe-mock's only payload. */
  eventObjects(objects: readonly Record<string, unknown>[]): void;
}

const EVENT_TYPES: Readonly<Record<string, string>> = {
  customer: 'customer.updated',
  charge: 'charge.updated',
  refund: 'refund.updated',
  subscription: 'customer.subscription.updated',
};

const RESOURCE_MISSING = {
  error: { type: 'invalid_request_error', code: 'resource_missing', param: 'ending_before', message: 'No such event' },
};

const json = (body: unknown, response: Response) =>
  new Response(JSON.stringify(body), { status: response.status, headers: response.headers });

function withEvents(list: Record<string, unknown>, objects: readonly Record<string, unknown>[]): Record<string, unknown> {
  const template = JsonObject.safeParse(z.array(z.unknown()).catch([]).parse(list['data'])[0]);
  if (!template.success) return list;
  const events = objects.map((object, i) => ({
    ...template.data,
    id: `evt_tributarycontract${objects.length - i}`,
    type: EVENT_TYPES[String(object['object'])] ?? 'unknown',
    data: { object },
  }));
  return { ...list, data: events };
}

/**
 * @example
 * const mock = stripeMockFetch();
 * mock.morePages(['/v1/charges']);
 * const ctx = createConnectorContext(stripe, config, {}, { baseUrl: process.env.STRIPE_MOCK_URL, fetch: mock.fetch });
 */
export function stripeMockFetch(): StripeMockFetch {
  const requests: RecordedRequest[] = [];
  const more = new Set<string>();
  let expire = false;
  let objects: readonly Record<string, unknown>[] | undefined;
  const reshape = async (url: URL, response: Response): Promise<Response> => {
    if (url.pathname === '/v1/events' && url.searchParams.has('ending_before') && expire) {
      expire = false;
      return new Response(JSON.stringify(RESOURCE_MISSING), { status: 400, headers: { 'content-type': 'application/json' } });
    }
    if (response.status !== 200 || (!more.has(url.pathname) && !(objects && url.pathname === '/v1/events'))) return response;
    let body = JsonObject.parse(await response.json());
    if (objects && url.pathname === '/v1/events' && url.searchParams.get('limit') !== '1') body = withEvents(body, objects);
    if (more.delete(url.pathname)) body = { ...body, has_more: true };
    return json(body, response);
  };
  const recording: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const response = await fetch(request.clone());
    const url = new URL(request.url);
    requests.push({ method: request.method, url, status: response.status, version: request.headers.get('stripe-version') });
    return reshape(url, response);
  };
  return {
    fetch: recording,
    requests,
    morePages: (paths) => paths.forEach((p) => more.add(p)),
    expireAnchor: () => {
      expire = true;
    },
    eventObjects: (list) => {
      objects = list;
    },
  };
}
