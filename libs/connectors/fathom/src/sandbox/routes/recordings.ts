import type { Context, Hono } from 'hono';
import { FathomSimError } from '../errors.js';
import type { Store } from '../store.js';

function meetingOf(store: Store, c: Context) {
  const id = Number(c.req.param('id'));
  const found = Number.isSafeInteger(id) ? store.byRecordingId(id) : undefined;
  if (!found) throw new FathomSimError(404, 'Recording not found');
  // Fathom can answer these asynchronously to a destination_url; the simulator answers inline only.
  if (c.req.query('destination_url')) throw new FathomSimError(400, 'destination_url is not simulated');
  return found.meeting;
}

/**
 * `GET /recordings/{recording_id}/transcript` -> `{transcript: [...]}` and
 * `GET /recordings/{recording_id}/summary` -> `{summary: {template_name, markdown_formatted}}`
 * (Fathom's SDK, `getRecordingTranscript` / `getRecordingSummary`): the way
 * OAuth apps read what `include_transcript` / `include_summary` give API keys.
 */
export function mountRecordings(app: Hono, store: Store): void {
  app.get('/recordings/:id/transcript', (c) => c.json({ transcript: meetingOf(store, c).transcript }));
  app.get('/recordings/:id/summary', (c) => c.json({ summary: meetingOf(store, c).default_summary }));
}
