import type { Hono } from 'hono';
import { FathomSimError, textResponse } from '../errors.js';
import type { Store } from '../store.js';
import { mountMeetings } from './meetings.js';
import { mountRecordings } from './recordings.js';
import { mountTeams } from './teams.js';
import { mountWebhooks } from './webhooks.js';

/** Every simulated endpoint, a 404 for anything else, and plain-text errors for every thrown FathomSimError. */
export function mountRoutes(app: Hono, store: Store): void {
  mountMeetings(app, store);
  mountRecordings(app, store);
  mountTeams(app, store);
  mountWebhooks(app, store);
  app.notFound(() => textResponse(404, 'Not Found'));
  app.onError((error) => {
    if (error instanceof FathomSimError) return textResponse(error.status, error.message);
    // A simulator bug, not a simulated failure: say so loudly, answer like a server would.
    console.error('Fathom simulator error', error);
    return textResponse(500, 'Internal Server Error');
  });
}
