import { Hono } from 'hono';
import { createFaults, createRequestLog, type FaultInjector, type RequestLog } from '@tributary/sandbox';
import { z } from 'zod';
import type { CrmContact, CrmStore } from './store.js';

const ScoresBody = z.object({ scores: z.array(z.object({ id: z.string(), score: z.number() })).max(200) });

const wire = (c: CrmContact) => ({ id: c.id, email: c.email, name: c.name, ...(c.deleted ? { deleted: true } : {}) });
const int = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
};

/**
 * The fake CRM's API: `GET /v1/contacts?offset=&limit=` (live contacts in id
 * order, with the current change number as `seq`),
 * `GET /v1/changes?after=&limit=` (changes after a change number, deletions
 * included) and `POST /v1/scores` (writeback: up to 200 `{ id, score }`,
 * answered per record; unknown, deleted or locked contacts fail). A Bearer key is required (401 otherwise). 429s from faults
 * carry `Retry-After: 1`.
 */
export function createCrmApp(store: CrmStore, apiKey: string): { app: Hono; faults: FaultInjector; requests: RequestLog } {
  const requests = createRequestLog();
  const faults = createFaults({
    statusBody: (status) => ({ error: { status, message: `fake CRM error ${status}` } }),
    statusHeaders: (status): Record<string, string> => (status === 429 ? { 'Retry-After': '1' } : {}),
  });
  const app = new Hono();
  app.use('*', requests.middleware());
  app.use('*', faults.middleware());
  app.use('*', async (c, next) => {
    if (c.req.header('authorization') !== `Bearer ${apiKey}`) return c.json({ error: { status: 401, message: 'invalid key' } }, 401);
    return next();
  });
  app.get('/v1/contacts', (c) => {
    const offset = int(c.req.query('offset'), 0);
    const limit = Math.min(int(c.req.query('limit'), 50), 500);
    const live = [...store.contacts.values()].filter((x) => !x.deleted);
    const page = live.slice(offset, offset + limit);
    return c.json({ data: page.map(wire), has_more: offset + page.length < live.length, seq: store.seq });
  });
  app.get('/v1/changes', (c) => {
    const after = int(c.req.query('after'), 0);
    const limit = Math.min(int(c.req.query('limit'), 50), 500);
    const changed = [...store.contacts.values()].filter((x) => x.seq > after).sort((a, b) => a.seq - b.seq);
    const page = changed.slice(0, limit);
    return c.json({ data: page.map(wire), has_more: changed.length > page.length, last: page.at(-1)?.seq ?? after });
  });
  app.post('/v1/scores', async (c) => {
    const body = ScoresBody.safeParse(await c.req.json().catch(() => null));
    if (!body.success) return c.json({ error: { status: 400, message: 'expected { scores: [{ id, score }] } (at most 200)' } }, 400);
    const results = body.data.scores.map(({ id, score }) => {
      const contact = store.contacts.get(id);
      if (!contact || contact.deleted) return { id, ok: false, error: 'no such contact' };
      if (store.lockedScores.has(id)) return { id, ok: false, error: 'contact is locked for editing' };
      store.scores.set(id, score);
      return { id, ok: true };
    });
    return c.json({ results });
  });
  return { app, faults, requests };
}
