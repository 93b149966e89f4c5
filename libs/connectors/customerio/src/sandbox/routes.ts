import { mountList, PagingError, type Dataset, type PagingSpec } from '@tributary/sandbox';
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { ATTRIBUTES_BATCH, MESSAGES_WINDOW_MS } from '../api.js';
import { errorBody } from './errors.js';
import type { SimMessage } from './messages.js';
import type { SimPerson } from './people.js';

const badRequest = (c: Context, error: PagingError) => c.json(errorBody(400, error.message), 400);
const searchPaging: PagingSpec = { style: 'cursor', cursorParam: 'start', limitParam: 'limit', defaultLimit: 50, maxLimit: 1000 };
const messagesPaging: PagingSpec = { style: 'cursor', cursorParam: 'start', limitParam: 'limit', defaultLimit: 50, maxLimit: 1000 };
/** Six months, as Customer.io counts them (183 days: a little over 180, inf.). */
const MAX_SPAN_SECONDS = 183 * 86_400;

const Filter = z.object({
  filter: z.object({
    and: z
      .array(
        z.union([
          z.object({ segment: z.object({ id: z.number().int() }) }),
          z.object({ attribute: z.object({ field: z.string(), operator: z.enum(['eq', 'exists']), value: z.string().optional() }) }),
        ]),
      )
      .min(1),
  }),
});
const Ids = z.object({ ids: z.array(z.string()).min(1).max(ATTRIBUTES_BATCH) });

/** Who matches a search filter: everyone with the attribute (`exists`), or equal to a value; a segment is every third person (inf.). */
function matches(p: SimPerson, index: number, filter: z.infer<typeof Filter>['filter']): boolean {
  return filter.and.every((f) => {
    if ('segment' in f) return index % 3 === f.segment.id % 3;
    const value = p.attributes[f.attribute.field];
    return f.attribute.operator === 'exists' ? value !== undefined : value === f.attribute.value;
  });
}

/** The person an id names: `cio_id` and `id` carry the index (so a lookup does not scan), an email is searched. */
function findPerson(people: Dataset<SimPerson>, idType: string, id: string): SimPerson | undefined {
  const index = idType === 'cio_id' ? Number(id.slice(-6)) : idType === 'id' ? Number(id.replace(/^user-/, '')) - 1 : Number.NaN;
  if (idType === 'email') return [...people.range()].map(([, p]) => p).find((p) => p.email === id);
  const p = Number.isInteger(index) && index >= 0 ? people.get(index) : undefined;
  return p && (idType === 'cio_id' ? p.cio_id === id : p.id === id) ? p : undefined;
}

function mountPeople(app: Hono, people: Dataset<SimPerson>): void {
  mountList(app, {
    method: 'POST',
    path: '/v1/customers',
    paging: searchPaging,
    records: async (c) => {
      const parsed = Filter.safeParse(await c.req.json().catch(() => null));
      if (!parsed.success) throw new PagingError('filter is required: {"filter": {"and": [...]}}', 'filter');
      return [...people.range()].filter(([i, p]) => matches(p, i, parsed.data.filter)).map(([, p]) => p);
    },
    envelope: (page) => ({
      identifiers: page.items.map((p) => ({ id: p.id, email: p.email, cio_id: p.cio_id })),
      ids: page.items.map((p) => p.id),
      next: page.next ?? '',
    }),
    badRequest,
  });
  app.post('/v1/customers/attributes', async (c) => {
    const idType = c.req.query('id_type') ?? 'id';
    const parsed = Ids.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) return c.json(errorBody(400, `ids must be 1 to ${ATTRIBUTES_BATCH} strings`), 400);
    const customers = parsed.data.ids.flatMap((id) => {
      const p = findPerson(people, idType, id);
      return p
        ? [{ id: p.id, identifiers: { id: p.id, email: p.email, cio_id: p.cio_id }, attributes: p.attributes, unsubscribed: false }]
        : [];
    });
    return c.json({ customers });
  });
}

/** `start_ts`/`end_ts` (unix seconds, inclusive) as numbers; a bad value or a span over 6 months is Customer.io's 400. */
function windowOf(query: URLSearchParams, now: number): { from: number; to: number } {
  const read = (name: string, fallback: number): number => {
    const raw = query.get(name);
    if (raw === null || raw === '') return fallback;
    if (!/^\d{1,12}$/.test(raw)) throw new PagingError(`${name} must be a unix timestamp`, name);
    return Number(raw);
  };
  const to = read('end_ts', now);
  const from = read('start_ts', to - MESSAGES_WINDOW_MS / 1000);
  if (to - from > MAX_SPAN_SECONDS) throw new PagingError('start_ts and end_ts must be at most 6 months apart', 'start_ts');
  return { from, to };
}

function mountMessages(app: Hono, messages: Dataset<SimMessage>, now: () => Date): void {
  mountList(app, {
    path: '/v1/messages',
    paging: messagesPaging,
    records: (_c, query) => {
      const { from, to } = windowOf(query, Math.floor(now().getTime() / 1000));
      const type = query.get('type');
      const listed = [...messages.range(0, messages.size, { reverse: true })].map(([, m]) => m);
      return listed.filter((m) => m.created >= from && m.created <= to && (!type || m.type === type));
    },
    envelope: (page) => ({ messages: page.items, next: page.next ?? '' }),
    badRequest,
  });
}

/**
 * The App API routes the connector reads: people search (start/limit,
 * `next`), batch attributes (at most 100 ids), deliveries by creation
 * window (at most 6 months, newest first).
 */
export function mountRoutes(app: Hono, data: { people: Dataset<SimPerson>; messages: Dataset<SimMessage> }, now: () => Date): void {
  mountPeople(app, data.people);
  mountMessages(app, data.messages, now);
  app.notFound((c) => c.json(errorBody(404), 404));
}
