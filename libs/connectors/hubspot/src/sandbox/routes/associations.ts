import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { badRequest, errorBody } from '../errors.js';
import type { LinkTarget, SimType } from '../types.js';
import { batchTimes, jsonBody, typeOf, type SimContext } from './common.js';

/**
 * Association types per pair (HubSpot-defined ids; a `Primary` label marks
 * the primary company of a deal or a contact).
 */
const TYPES: Readonly<Record<string, { typeId: number; label?: string }[]>> = {
  'contacts:companies': [{ typeId: 1, label: 'Primary' }, { typeId: 279 }],
  'deals:contacts': [{ typeId: 3 }],
  'deals:companies': [{ typeId: 5, label: 'Primary' }, { typeId: 341 }],
  'meetings:contacts': [{ typeId: 200 }],
  'meetings:companies': [{ typeId: 188 }],
  'calls:contacts': [{ typeId: 194 }],
  'calls:companies': [{ typeId: 182 }],
};

const Batch = z.object({ inputs: z.array(z.object({ id: z.string(), after: z.string().optional() })).max(1_000) });

/** An input without associations of that type (`StandardError`; its `subCategory` is an object in the spec). */
const noAssociations = (from: SimType, to: SimType, id: string) =>
  errorBody('OBJECT_NOT_FOUND', `No ${to} associated with ${from} ${id}`, { context: { fromObjectId: [id] }, errors: [], links: {} });

/**
 * `POST /crm/v4/associations/{from}/{to}/batch/read`: per input, its live
 * associated records of `to` with their association types; inputs without
 * any (or that do not exist) are errors of a 207.
 */
async function batchRead(ctx: SimContext, c: Context): Promise<Response> {
  const from = typeOf(c.req.param('from'));
  const to = typeOf(c.req.param('to'));
  if (!from || !to) return badRequest(c, `Unable to infer object type from: ${!from ? c.req.param('from') : c.req.param('to')}`);
  const parsed = Batch.safeParse(await jsonBody(c));
  if (!parsed.success) return badRequest(c, `Invalid input JSON: ${parsed.error.issues[0]?.message ?? 'malformed body'}`);
  const types = (TYPES[`${from}:${to}`] ?? []).map((t) => ({
    category: 'HUBSPOT_DEFINED',
    typeId: t.typeId,
    ...(t.label ? { label: t.label } : {}),
  }));
  const results = [];
  const errors = [];
  for (const { id } of parsed.data.inputs) {
    const target: LinkTarget | undefined = to === 'contacts' || to === 'companies' ? to : undefined;
    const linked = (target ? ctx.world.stores[from].byId(id)?.record.links[target] : undefined) ?? [];
    const live = target ? linked.filter((t) => ctx.world.stores[target].isLive(t)) : [];
    if (live.length === 0) errors.push(noAssociations(from, to, id));
    else results.push({ from: { id }, to: live.map((t) => ({ toObjectId: t, associationTypes: types })) });
  }
  const base = { status: 'COMPLETE', results, ...batchTimes(ctx) };
  return errors.length === 0 ? c.json(base) : c.json({ ...base, numErrors: errors.length, errors }, 207);
}

export function mountAssociations(app: Hono, ctx: SimContext): void {
  app.post('/crm/v4/associations/:from/:to/batch/read', (c) => batchRead(ctx, c));
}
