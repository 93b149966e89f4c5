import { describe, expect, it } from 'vitest';
import { createFathomSimulator } from './index.js';

const NOW = new Date('2026-11-20T12:00:00Z');

describe('vendor-side changes and webhooks in the Fathom simulator', () => {
  it('adds meetings at the top; a late one (created earlier) sorts by its creation time', () => {
    let now = NOW;
    const sim = createFathomSimulator({ seed: 9, meetings: 20, now: () => now });
    now = new Date(NOW.getTime() + 3_600_000);
    const fresh = sim.mutate.addMeetings(2);
    const late = sim.mutate.addMeetings(1, { createdAgoMs: 2 * 3_600_000 });
    const listed = sim.data.meetings();
    expect(listed).toHaveLength(23);
    expect(
      listed
        .slice(0, 2)
        .map((m) => m.recording_id)
        .sort(),
    ).toEqual([...fresh].sort());
    expect(listed[0]?.created_at).toBe('2026-11-20T13:00:00Z');
    const at = listed.findIndex((m) => m.recording_id === late[0]);
    expect(listed[at]?.created_at).toBe('2026-11-20T11:00:00Z');
    expect(at).toBeGreaterThan(2);
  });

  it('edits past meetings without moving created_at, and removes meetings from the list', () => {
    const sim = createFathomSimulator({ seed: 9, meetings: 20, now: () => NOW });
    const before = new Map(sim.data.meetings().map((m) => [m.recording_id, m]));
    const edited = sim.mutate.editMeetings(3);
    for (const id of edited) {
      const after = sim.data.meetings().find((m) => m.recording_id === id);
      expect(after?.created_at).toBe(before.get(id)?.created_at);
      expect(after?.title).toBe(`${before.get(id)?.title} (follow-up)`);
      expect(after?.calendar_invitees.length).toBe((before.get(id)?.calendar_invitees.length ?? 0) + 1);
    }
    const removed = sim.mutate.removeMeetings(2);
    expect(sim.data.meetings().map((m) => m.recording_id)).not.toContain(removed[0]);
    expect(sim.data.meetings()).toHaveLength(18);
  });

  it('registers webhooks with a whsec_ secret, signs a delivery per webhook, and deletes them', async () => {
    const sim = createFathomSimulator({ seed: 9, meetings: 3, now: () => NOW });
    const create = (body: unknown) =>
      sim.app.request('http://fathom.test/webhooks', {
        method: 'POST',
        headers: { 'X-Api-Key': sim.apiKey, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await create({ destination_url: 'https://tributary.test/api/webhooks/fathom' })).status).toBe(400);
    const res = await create({
      destination_url: 'https://tributary.test/api/webhooks/fathom',
      include_summary: true,
      triggered_for: ['my_recordings'],
    });
    expect(res.status).toBe(201);
    const webhook = (await res.json()) as { id: string; secret: string; include_summary: boolean };
    expect(webhook).toMatchObject({
      include_summary: true,
      include_transcript: false,
      secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]{32}$/),
    });
    const [id] = sim.mutate.addMeetings(1);
    const [delivery] = sim.webhooks.deliveries([id ?? 0]);
    expect(delivery?.url).toBe('https://tributary.test/api/webhooks/fathom');
    expect(JSON.parse(delivery?.body ?? '{}')).toMatchObject({ recording_id: id, default_summary: expect.any(Object) });
    expect(delivery?.headers).toMatchObject({
      'webhook-id': expect.stringMatching(/^msg_/),
      'webhook-signature': expect.stringMatching(/^v1,/),
    });
    const del = await sim.app.request(`http://fathom.test/webhooks/${webhook.id}`, {
      method: 'DELETE',
      headers: { 'X-Api-Key': sim.apiKey },
    });
    expect(del.status).toBe(204);
    expect(sim.webhooks.deliveries([id ?? 0])).toEqual([]);
  });

  it('is deterministic for a seed and a clock', () => {
    const a = createFathomSimulator({ seed: 4, meetings: 30, now: () => NOW }).data.meetings();
    const b = createFathomSimulator({ seed: 4, meetings: 30, now: () => NOW }).data.meetings();
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(new Set(a.map((m) => m.recording_id)).size).toBe(30);
  });
});
