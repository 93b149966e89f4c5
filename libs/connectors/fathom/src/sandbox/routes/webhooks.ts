import { createHash } from 'node:crypto';
import type { Hono } from 'hono';
import { z } from 'zod';
import { FathomSimError } from '../errors.js';
import type { Store } from '../store.js';
import type { SimWebhook } from '../types.js';
import { fathomIso } from '../world.js';

const TRIGGERS = ['my_recordings', 'shared_external_recordings', 'my_shared_with_team_recordings', 'shared_team_recordings'] as const;

/** `POST /webhooks` body, as Fathom's SDK sends it (`CreateWebhookRequest`). */
const CreateWebhook = z.object({
  destination_url: z.url(),
  include_transcript: z.boolean().default(false),
  include_summary: z.boolean().default(false),
  include_action_items: z.boolean().default(false),
  include_crm_matches: z.boolean().default(false),
  triggered_for: z.array(z.enum(TRIGGERS)).min(1),
});

/** A `whsec_` secret (24 bytes, base64), reproducible from the seed and the webhook's number. */
function secretFor(seed: number, n: number): string {
  return `whsec_${createHash('sha256').update(`fathom-webhook:${seed}:${n}`).digest().subarray(0, 24).toString('base64')}`;
}

/**
 * `POST /webhooks` -> 201 with the webhook and its `secret`, and
 * `DELETE /webhooks/{id}` -> 204 (Fathom's SDK, `createWebhook` / `deleteWebhook`).
 */
export function mountWebhooks(app: Hono, store: Store): void {
  let created = 0;
  app.post('/webhooks', async (c) => {
    const parsed = CreateWebhook.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) throw new FathomSimError(400, `Invalid value for ${String(parsed.error.issues[0]?.path[0] ?? 'body')}`);
    const n = ++created;
    const { destination_url, ...options } = parsed.data;
    const webhook: SimWebhook = {
      id: `whk_${createHash('sha256').update(`${store.world.seed}:${n}`).digest('hex').slice(0, 12)}`,
      url: destination_url,
      secret: secretFor(store.world.seed, n),
      created_at: fathomIso(store.clock.now().getTime()),
      ...options,
    };
    store.webhooks.push(webhook);
    return c.json(webhook, 201);
  });
  app.delete('/webhooks/:id', (c) => {
    const at = store.webhooks.findIndex((w) => w.id === c.req.param('id'));
    if (at < 0) throw new FathomSimError(404, 'Webhook not found');
    store.webhooks.splice(at, 1);
    return c.body(null, 204);
  });
}
