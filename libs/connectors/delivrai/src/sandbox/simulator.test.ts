import type { RunningServer } from '@tributary/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DELIVRAI_RATE_LIMIT, createDelivraiSimulator } from './simulator.js';

const sim = createDelivraiSimulator({ seed: 3, contacts: 40 });
let server: RunningServer;
let credential: string;

beforeAll(async () => {
  server = await sim.start();
  credential = sim.apiKey;
});
afterAll(() => server.close());

const get = (path: string, token = credential) => fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
const Page = z.object({ data: z.array(z.object({ id: z.string() })), next_page: z.string().nullable() });
const page = async (path: string) => Page.parse(await (await get(path)).json());

describe('the Delivr.ai simulator', () => {
  it('pages contacts oldest change first with a cursor, filtered by updated_since', async () => {
    const first = await page('/v1/contacts?limit=30');
    expect(first.data).toHaveLength(30);
    const rest = await page(`/v1/contacts?limit=30&cursor=${first.next_page}`);
    expect([...first.data, ...rest.data].map((c) => c.id)).toEqual([...sim.contacts.range()].map(([, c]) => c.id));
    expect(rest.next_page).toBeNull();
    const since = sim.contacts.get(35)?.updated_at ?? '';
    const recent = await page(`/v1/contacts?updated_since=${since}`);
    expect(recent.data.map((c) => c.id)).toEqual(['ct_00000036', 'ct_00000037', 'ct_00000038', 'ct_00000039', 'ct_00000040']);
  });

  it("answers bad parameters and credentials in the vendor's error envelope, never echoing the credential", async () => {
    expect(await (await get('/v1/contacts?updated_since=yesterday')).json()).toMatchObject({ error: { code: 'invalid_request' } });
    expect((await get('/v1/contacts?limit=101')).status).toBe(400);
    const rejected = await get('/v1/contacts', 'delivrai_not_a_credential_000000');
    expect(rejected.status).toBe(401);
    expect(await rejected.text()).not.toContain('delivrai_not_a_credential');
  });

  it('limits each caller to its rate with a 429, Retry-After and rate-limit headers', async () => {
    sim.setConditions({ ...DELIVRAI_RATE_LIMIT, perSecond: 1, burst: 2 });
    const answers = [await get('/v1/contacts'), await get('/v1/contacts'), await get('/v1/contacts')];
    sim.setConditions({});
    expect(answers.map((r) => r.status)).toEqual([200, 200, 429]);
    expect(answers[0]?.headers.get('x-ratelimit-remaining')).toBe('1');
    expect(answers[2]?.headers.get('retry-after')).toBe('1');
    expect(await answers[2]?.json()).toEqual({ error: { code: 'rate_limited', message: 'Rate limit exceeded' } });
  });
});
