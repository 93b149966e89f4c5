import { describe, expect, it } from 'vitest';
import { createFathomSimulator, type FathomSimulator } from './index.js';

const NOW = new Date('2026-11-20T12:00:00Z');
const sim = () => createFathomSimulator({ seed: 5, meetings: 35, now: () => NOW });

async function get(s: FathomSimulator, path: string, key: string | null = s.apiKey) {
  const res = await s.app.request(`http://fathom.test${path}`, { headers: key ? { 'X-Api-Key': key } : {} });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: (): unknown => JSON.parse(text) };
}

type Page = { limit: number; next_cursor: string | null; items: Record<string, unknown>[] };

describe('the Fathom simulator', () => {
  it('lists meetings 10 a page, newest created first, following next_cursor to the end', async () => {
    const s = sim();
    const seen: Record<string, unknown>[] = [];
    for (let path = '/meetings'; ;) {
      const page = (await get(s, path)).json() as Page;
      expect(page.limit).toBe(10);
      seen.push(...page.items);
      if (!page.next_cursor) break;
      path = `/meetings?cursor=${encodeURIComponent(page.next_cursor)}`;
    }
    expect(seen).toHaveLength(35);
    const created = seen.map((m) => String(m['created_at']));
    expect([...created].sort().reverse()).toEqual(created);
    expect(seen[0]).not.toHaveProperty('default_summary');
    expect(created[0]).toMatch(/^2026-11-20T11:\d{2}:\d{2}Z$/);
  });

  it('filters by created_after (exclusive) and created_before, and includes the summary only when asked', async () => {
    const s = sim();
    const all = s.data.meetings();
    const pivot = all[4]?.created_at ?? '';
    const after = (await get(s, `/meetings?created_after=${pivot}&include_summary=true`)).json() as Page;
    expect(after.items.map((m) => m['recording_id'])).toEqual(all.slice(0, 4).map((m) => m.recording_id));
    expect(after.items[0]?.['default_summary']).toMatchObject({
      template_name: 'general',
      markdown_formatted: expect.stringContaining('## '),
    });
    expect(after.items[0]).not.toHaveProperty('transcript');
    const before = (await get(s, `/meetings?created_before=${all[33]?.created_at ?? ''}`)).json() as Page;
    expect(before.items.map((m) => m['recording_id'])).toEqual([all[34]?.recording_id]);
  });

  it('filters by invitee domain, their kind, recorder and team', async () => {
    const s = sim();
    const all = s.data.meetings();
    const team = (await get(s, '/meetings?teams[]=Sales')).json() as Page;
    expect(team.items.every((m) => (m['recorded_by'] as { team: string }).team === 'Sales')).toBe(true);
    const internal = (await get(s, '/meetings?calendar_invitees_domains_type=only_internal')).json() as Page;
    expect(internal.items.length).toBe(Math.min(10, all.filter((m) => m.calendar_invitees_domains_type === 'only_internal').length));
    const domain = all.flatMap((m) => m.calendar_invitees.filter((i) => i.is_external))[0]?.email_domain ?? '';
    const byDomain = (await get(s, `/meetings?calendar_invitees_domains[]=${domain}`)).json() as Page;
    expect(byDomain.items.length).toBeGreaterThan(0);
    const recorder = all[0]?.recorded_by.email ?? '';
    const byRecorder = (await get(s, `/meetings?recorded_by[]=${recorder}`)).json() as Page;
    expect(byRecorder.items.every((m) => (m['recorded_by'] as { email: string }).email === recorder)).toBe(true);
  });

  it('answers 400 for a bad time, flag or cursor, and 401 without the key or with another', async () => {
    const s = sim();
    expect(await get(s, '/meetings?created_after=yesterday')).toMatchObject({ status: 400, text: 'Invalid value for created_after' });
    expect((await get(s, '/meetings?include_summary=yes')).status).toBe(400);
    expect(await get(s, '/meetings?cursor=zzz')).toMatchObject({ status: 400, text: 'Invalid value for cursor' });
    expect(await get(s, '/meetings', null)).toMatchObject({ status: 401, text: 'Unauthorized' });
    expect((await get(s, '/meetings', 'fathom_other_key')).status).toBe(401);
    expect((await get(s, '/nope')).status).toBe(404);
  });

  it('serves transcripts, summaries, teams and team members', async () => {
    const s = sim();
    const meeting = s.data.meetings()[0];
    const transcript = (await get(s, `/recordings/${meeting?.recording_id}/transcript`)).json() as { transcript: unknown[] };
    expect(transcript.transcript.length).toBeGreaterThan(0);
    expect((await get(s, `/recordings/${meeting?.recording_id}/summary`)).json()).toEqual({ summary: meeting?.default_summary });
    expect((await get(s, '/recordings/1/summary')).status).toBe(404);
    const teams = (await get(s, '/teams')).json() as Page;
    expect(teams.items.map((t) => t['name'])).toEqual(['Sales', 'Customer Success', 'Product']);
    const members = (await get(s, '/team_members?team=Product')).json() as Page;
    expect(members.items).toHaveLength(3);
  });

  it("limits a key to 60 calls a minute, with Fathom's RateLimit headers on every answer and a 429 past it", async () => {
    const s = createFathomSimulator({ seed: 5, meetings: 5, rateLimit: 3 });
    const answers = [await get(s, '/teams'), await get(s, '/teams'), await get(s, '/teams'), await get(s, '/teams')];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
    expect(answers[0]?.headers.get('ratelimit-limit')).toBe('3');
    expect(answers[0]?.headers.get('ratelimit-remaining')).toBe('2');
    expect(answers[3]).toMatchObject({ text: 'Too Many Requests' });
    expect(Number(answers[3]?.headers.get('ratelimit-reset'))).toBeGreaterThanOrEqual(1);
    expect(answers[3]?.headers.get('ratelimit-remaining')).toBe('0');
  });

  it('answers injected 429s with a spent window, in plain text', async () => {
    const s = sim();
    s.faults.add({ path: '/meetings' }, { kind: 'status', status: 429 });
    const limited = await get(s, '/meetings');
    expect(limited).toMatchObject({ status: 429, text: 'Too Many Requests' });
    expect(limited.headers.get('ratelimit-reset')).toBe('1');
  });
});
