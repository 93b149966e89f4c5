import { createConnectorContext } from '@tributary/core';
import { Fathom } from 'fathom-typescript';
import { HTTPClient } from 'fathom-typescript/lib/http.js';
import { ServerList } from 'fathom-typescript/lib/config.js';
import { ListMeetingsRequest$outboundSchema } from 'fathom-typescript/sdk/models/operations';
import { MeetingListResponse$inboundSchema } from 'fathom-typescript/sdk/models/shared';
import { describe, expect, it } from 'vitest';
import { FATHOM_API_BASE } from './api.js';
import { fathom } from './connector.js';
import { createFathomSimulator, type FathomSimulator } from './sandbox/index.js';

/**
 * The contract with Fathom, checked against Fathom's own TypeScript SDK
 * (fathom-typescript, generated from Fathom's OpenAPI description; no copy
 * of the description itself is available): the SDK reads the simulator's
 * answers with its schemas, and the requests the connector sends use only
 * parameters the SDK knows.
 */
const NOW = new Date('2026-11-20T12:00:00Z');
const BASE = 'http://fathom.test';

const inProcess =
  (sim: FathomSimulator): typeof fetch =>
  async (input, init) =>
    sim.app.fetch(new Request(input, init));

function sdkFor(sim: FathomSimulator): Fathom {
  const httpClient = new HTTPClient({ fetcher: async (input, init) => sim.app.fetch(new Request(input, init)) });
  return new Fathom({ security: { apiKeyAuth: sim.apiKey }, serverURL: BASE, httpClient });
}

/** Every query parameter name the SDK can send to `GET /meetings`. */
function sdkMeetingParams(): Set<string> {
  const all = ListMeetingsRequest$outboundSchema.parse({
    calendarInviteesDomains: ['a.com'],
    createdAfter: 'x',
    createdBefore: 'x',
    cursor: 'x',
    meetingType: 'all',
    recordedBy: ['a@a.com'],
    teams: ['Sales'],
  });
  return new Set(Object.keys(all));
}

describe('the Fathom contract (against fathom-typescript)', () => {
  it('speaks to the same API: base URL and the X-Api-Key header', () => {
    expect(ServerList).toContain(FATHOM_API_BASE);
    expect(fathom.auth).toMatchObject({ type: 'api_key', placement: 'header', name: 'X-Api-Key', prefix: '' });
  });

  it("pages through every meeting with Fathom's SDK, which parses each page with its own schemas", async () => {
    const sim = createFathomSimulator({ seed: 12, meetings: 43, now: () => NOW });
    const pages = await sdkFor(sim).listMeetings({
      includeSummary: true,
      includeTranscript: true,
      includeActionItems: true,
      includeCrmMatches: true,
    });
    const ids: number[] = [];
    for await (const page of pages) ids.push(...(page?.result.items.map((m) => m.recordingId) ?? []));
    expect(ids).toEqual(sim.data.meetings().map((m) => m.recording_id));
  });

  it('serves teams, members, transcripts, summaries and webhooks the SDK reads', async () => {
    const sim = createFathomSimulator({ seed: 12, meetings: 3, now: () => NOW });
    const sdk = sdkFor(sim);
    const teams = [];
    for await (const page of await sdk.listTeams({})) teams.push(...(page?.result.items ?? []));
    expect(teams.map((t) => t.name)).toEqual(['Sales', 'Customer Success', 'Product']);
    for await (const page of await sdk.listTeamMembers({ team: 'Sales' })) expect(page?.result.items.length).toBe(3);
    const id = sim.data.meetings()[0]?.recording_id ?? 0;
    expect(await sdk.getRecordingTranscript({ recordingId: id, destinationUrl: 'https://tributary.test/t' })).toEqual({
      destinationUrl: 'https://tributary.test/t',
    });
    expect(sim.callbacks()).toEqual([{ url: 'https://tributary.test/t', body: { transcript: expect.any(Array) } }]);
    expect(await sdk.getRecordingSummary({ recordingId: id })).toMatchObject({ summary: { templateName: 'general' } });
    const webhook = await sdk.createWebhook({ destinationUrl: 'https://tributary.test/hook', triggeredFor: ['my_recordings'] });
    // The SDK parsed the answer with Webhook$inboundSchema to get here.
    expect(webhook).toMatchObject({
      url: 'https://tributary.test/hook',
      secret: expect.stringMatching(/^whsec_/),
      triggeredFor: ['my_recordings'],
    });
    await sdk.deleteWebhook({ id: webhook?.id ?? '' });
    expect(sim.webhooks.list()).toEqual([]);
  });

  it("signs webhook deliveries that Fathom's SDK verifies", async () => {
    const sim = createFathomSimulator({ seed: 12, meetings: 3 });
    const webhook = await sdkFor(sim).createWebhook({ destinationUrl: 'https://tributary.test/hook', triggeredFor: ['my_recordings'] });
    const [delivery] = sim.webhooks.deliveries(sim.mutate.addMeetings(1));
    expect(Fathom.verifyWebhook(webhook?.secret ?? '', delivery?.headers ?? {}, delivery?.body ?? '')).toMatchObject({
      title: expect.any(String),
    });
  });

  it('sends only parameters the SDK knows, and what the simulator answers is a MeetingListResponse', async () => {
    const sim = createFathomSimulator({ seed: 12, meetings: 25, now: () => NOW });
    const settings = fathom.settingsSchema.parse({ includeSummary: true, teams: ['Sales', 'Product'] });
    const ctx = createConnectorContext(fathom, { apiKey: sim.apiKey }, settings, { baseUrl: BASE, fetch: inProcess(sim), now: () => NOW });
    // A full sync, then an incremental one from its checkpoint (which reads by created_after).
    let cursor: string | null = null;
    for (const mode of ['full', 'incremental'] as const) {
      for (let more = true; more;) {
        const page = await fathom.sync({ apiKey: sim.apiKey }, cursor, { ...ctx, mode });
        cursor = page.cursor;
        more = page.hasMore;
      }
    }
    const known = sdkMeetingParams();
    const sent = sim.requests.filter({ path: '/meetings' });
    expect(sent.length).toBeGreaterThanOrEqual(3);
    for (const request of sent) {
      for (const name of Object.keys(request.query)) expect(known).toContain(name);
      expect(request.headers['x-api-key']).toBe(sim.apiKey);
    }
    expect(sent.at(-1)?.query['created_after']?.[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(sent.every((r) => r.query['teams[]']?.join() === 'Sales,Product')).toBe(true);
    const answer = await sim.app.request(`${BASE}/meetings?include_summary=true`, { headers: { 'X-Api-Key': sim.apiKey } });
    expect(MeetingListResponse$inboundSchema.safeParse(await answer.json()).success).toBe(true);
  });
});
