import { ConnectorManifest, createConnectorContext, rateBudgets } from '@tributary/core';
import { describe, expect, it } from 'vitest';
import { FATHOM_CALLS_PER_MINUTE } from './api.js';
import { FathomSettings } from './config.js';
import { fathom } from './connector.js';
import { createFathomSimulator } from './sandbox/index.js';

/** When the k-th call (0-based) of a busy connection may go, in seconds, under a token bucket. */
const sendAt = (k: number, burst: number, perSecond: number): number => Math.max(0, (k - burst + 1) / perSecond);

describe('the Fathom connector', () => {
  it('declares a valid manifest in the meetings category, with an API key in X-Api-Key and an optional webhook secret', () => {
    expect(ConnectorManifest.safeParse(fathom).success).toBe(true);
    expect(fathom.category).toBe('meetings');
    expect(fathom.streams.map((s) => [s.name, s.entity])).toEqual([
      ['meetings', 'activity'],
      ['meeting_participants', 'activity_participant'],
      ['meeting_invitees', 'person'],
    ]);
    expect(fathom.auth).toMatchObject({
      name: 'X-Api-Key',
      prefix: '',
      fields: [{ name: 'apiKey' }, { name: 'webhookSecret', required: false }],
    });
  });

  it('never puts more than 60 calls in any 60 seconds, however Fathom counts its window', () => {
    const [budget] = rateBudgets(fathom, { apiKey: 'fathom_key_123' });
    expect(budget).toMatchObject({ name: 'rate', burst: 20 });
    const { burst = 1, perSecond } = budget ?? { perSecond: 0 };
    const times = Array.from({ length: 500 }, (_, k) => sendAt(k, burst, perSecond));
    const busiest = Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + 60).length));
    expect(busiest).toBeLessThanOrEqual(FATHOM_CALLS_PER_MINUTE);
    expect(busiest).toBeGreaterThanOrEqual(FATHOM_CALLS_PER_MINUTE - 1);
  });

  it('checks its health on the teams list, and never puts the key in a message', async () => {
    const sim = createFathomSimulator({ seed: 1, meetings: 1 });
    const options = {
      baseUrl: 'http://fathom.test',
      fetch: (async (input, init) => sim.app.fetch(new Request(input, init))) as typeof fetch,
    };
    const check = (apiKey: string) =>
      fathom.healthCheck({ apiKey }, createConnectorContext(fathom, { apiKey }, FathomSettings.parse({}), options));
    expect(await check(sim.apiKey)).toMatchObject({ status: 'ok' });
    const refused = await check('fathom_wrong_key_9876');
    expect(refused).toMatchObject({ status: 'auth_error', message: expect.stringContaining('Fathom rejected the API key (401)') });
    expect(JSON.stringify(refused)).not.toContain('fathom_wrong_key_9876');
    expect(sim.requests.all.map((r) => r.path)).toEqual(['/teams', '/teams']);
  });
});
