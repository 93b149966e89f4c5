import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createClaritySimulator, MAX_ROWS } from './index.js';

const PATH = '/export-data/api/v1/project-live-insights';
const Blocks = z.array(z.object({ metricName: z.string(), information: z.array(z.record(z.string(), z.unknown())) }));

describe('the Clarity simulator', () => {
  const sim = createClaritySimulator({ seed: 3, urls: 600, now: () => new Date('2026-12-06T00:30:00Z') });
  const get = (query: string, token = sim.apiKey) => sim.app.request(`${PATH}?${query}`, { headers: { authorization: `Bearer ${token}` } });

  it('answers one block per metric, counts as strings, at most 1,000 rows, URL as Url outside Traffic', async () => {
    const blocks = Blocks.parse(await (await get('numOfDays=1&dimension1=URL&dimension2=Device')).json());
    const traffic = blocks.find((b) => b.metricName === 'Traffic');
    expect(traffic?.information).toHaveLength(MAX_ROWS);
    expect(typeof traffic?.information[0]?.['totalSessionCount']).toBe('string');
    expect(typeof traffic?.information[0]?.['pagesPerSessionPercentage']).toBe('number');
    expect(traffic?.information[0]).toHaveProperty('URL');
    expect(blocks.find((b) => b.metricName === 'EngagementTime')?.information[0]).toHaveProperty('Url');
  });

  it('rejects bad parameters with 400 and a wrong token with an empty 401', async () => {
    expect((await get('numOfDays=4')).status).toBe(400);
    expect((await get('numOfDays=1&dimension1=Town')).status).toBe(400);
    const rejected = await get('numOfDays=1', 'eyJ.bad.token');
    expect(rejected.status).toBe(401);
    expect(await rejected.text()).toBe('');
  });

  it('answers the 11th request of a UTC day with 429 "Exceeded daily limit" and no Retry-After', async () => {
    const fresh = createClaritySimulator({ seed: 1, now: () => new Date('2026-12-06T10:00:00Z') });
    const call = () => fresh.app.request(`${PATH}?numOfDays=1`, { headers: { authorization: `Bearer ${fresh.apiKey}` } });
    for (let i = 0; i < 10; i++) expect((await call()).status).toBe(200);
    const limited = await call();
    expect(limited.status).toBe(429);
    expect(await limited.text()).toBe('Exceeded daily limit');
    expect(limited.headers.get('retry-after')).toBeNull();
  });
});
