import type { Context, Hono } from 'hono';
import { FathomSimError } from '../errors.js';
import type { Store } from '../store.js';

function meetingOf(store: Store, c: Context) {
  const id = Number(c.req.param('id'));
  const found = Number.isSafeInteger(id) ? store.byRecordingId(id) : undefined;
  if (!found) throw new FathomSimError(404, 'Recording not found');
  return found.meeting;
}

/**
 * With `destination_url`, Fathom answers `{destination_url}` and POSTs the
 * body there later: the simulator keeps that delivery in `store.callbacks`
 * (it does not send it). Without one, the body comes back inline.
 */
function answer(store: Store, c: Context, body: Record<string, unknown>): Response {
  const destination = c.req.query('destination_url');
  if (destination === undefined) return c.json(body);
  if (!URL.canParse(destination)) throw new FathomSimError(400, 'Invalid value for destination_url');
  store.callbacks.push({ url: destination, body });
  return c.json({ destination_url: destination });
}

/**
 * `GET /recordings/{recording_id}/transcript` -> `{transcript: [...]}` and
 * `GET /recordings/{recording_id}/summary` -> `{summary: {template_name, markdown_formatted}}`
 * (Fathom's SDK, `getRecordingTranscript` / `getRecordingSummary`; its
 * transcript call always names a `destination_url`): the way
 * OAuth apps read what `include_transcript` / `include_summary` give API keys.
 */
export function mountRecordings(app: Hono, store: Store): void {
  app.get('/recordings/:id/transcript', (c) => answer(store, c, { transcript: meetingOf(store, c).transcript }));
  app.get('/recordings/:id/summary', (c) => answer(store, c, { summary: meetingOf(store, c).default_summary }));
}
