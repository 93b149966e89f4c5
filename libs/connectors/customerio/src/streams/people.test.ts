import type { RunningServer } from '@tributary/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerioSimulator } from '../sandbox/index.js';
import { connectCustomerio } from '../testing/connect.js';
import { syncCustomerio } from '../testing/sync-all.js';
import { peopleFilter } from './people.js';

const sim = createCustomerioSimulator({ seed: 3, people: 1_230, messages: 0 });
let server: RunningServer;
beforeAll(async () => {
  server = await sim.start();
});
afterAll(() => server.close());

describe('the people stream', () => {
  it('searches every person 1,000 a page and reads their attributes 100 ids a call', async () => {
    const { records } = await syncCustomerio(server.url, await connectCustomerio(sim), 'full', null);
    const people = records.filter((r) => r.stream === 'people');
    expect(people).toHaveLength(1_230);
    const searches = sim.requests.filter({ path: '/v1/customers' });
    expect(searches.map((r) => [r.method, r.query['limit'], r.query['start'] ? 'next' : 'first'])).toEqual([
      ['POST', ['1000'], 'first'],
      ['POST', ['1000'], 'next'],
    ]);
    expect(sim.requests.filter({ path: '/v1/customers/attributes' })).toHaveLength(13);
    const p = sim.people.get(4);
    const record = people.find((r) => r.raw['cio_id'] === p?.cio_id);
    expect(record?.derived).toMatchObject({
      firstName: p?.attributes['first_name'],
      lastName: p?.attributes['last_name'],
      kind: 'customer',
    });
    expect(record?.raw['id']).toBeNull();
  });

  it('filters by the connection segment when one is set', () => {
    expect(peopleFilter({ segmentId: 7 })).toEqual({ and: [{ segment: { id: 7 } }] });
    expect(peopleFilter({})).toEqual({ and: [{ attribute: { field: 'cio_id', operator: 'exists' } }] });
  });
});
