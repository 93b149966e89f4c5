import { Dataset, fake, type Rng, type VendorClock } from '@tributary/sandbox';
import type { SimPerson } from './people.js';

/** A delivery as `GET /v1/messages` serves it (times in unix seconds). */
export interface SimMessage {
  id: string;
  type: string;
  created: number;
  customer_id: string | null;
  customer_identifiers: { id: string | null; email: string | null; cio_id: string };
  recipient: string | null;
  subject: string;
  campaign_id: number | null;
  broadcast_id: number | null;
  newsletter_id: number | null;
  action_id: number;
  failure_message: string | null;
  metrics: Record<string, number>;
}

export interface MessageMutations {
  /** Send `n` new emails now (sent and delivered). */
  send(n: number): number[];
  /** `n` of the newest delivered emails not opened yet are opened now. */
  open(n: number): number[];
}

const SUBJECTS = ['Welcome aboard', 'Your weekly digest', 'A new feature for your team', 'Your trial ends soon', 'Product update'];
const HOUR = 3600;

/** What happened to a delivery: sent, then delivered or bounced, maybe opened, maybe clicked. */
function metricsFor(rng: Rng, created: number, maxOpen: number): Record<string, number> {
  const sent = created + rng.int(1, 30);
  if (rng.chance(0.05)) return { sent, bounced: sent + rng.int(5, 60) };
  const metrics: Record<string, number> = { sent, delivered: sent + rng.int(2, 20) };
  const opened = sent + rng.int(60, 30 * HOUR);
  if (rng.chance(0.4) && opened < maxOpen) {
    metrics['opened'] = opened;
    if (rng.chance(0.3) && opened + 120 < maxOpen) metrics['clicked'] = opened + rng.int(5, 120);
  }
  return metrics;
}

function message(rng: Rng, id: string, created: number, who: SimPerson, until: number): SimMessage {
  const campaign = rng.chance(0.7);
  return {
    id,
    type: 'email',
    created,
    customer_id: who.id,
    customer_identifiers: { id: who.id, email: who.email, cio_id: who.cio_id },
    recipient: who.email ?? `${who.cio_id}@unknown.example`,
    subject: rng.pick(SUBJECTS),
    campaign_id: campaign ? rng.int(1, 12) : null,
    broadcast_id: campaign ? null : rng.int(1, 4),
    newsletter_id: null,
    action_id: rng.int(10, 99),
    failure_message: null,
    metrics: metricsFor(rng, created, until),
  };
}

/** Delivery ids are base64-ish strings; deterministic here. */
const deliveryId = (seed: number, index: number): string => `dlv_${seed.toString(36)}_${String(index).padStart(7, '0')}`;

export interface MessagesOptions {
  seed: number;
  size: number;
  /** Seconds: where the seeded history ends (no event after it). */
  end: number;
  historyMs: number;
  clock: VendorClock;
  /** The recipient of delivery `index` (a person of the workspace). */
  recipient(rng: Rng): SimPerson;
}

/** `size` deliveries over the history before `end`, newest last, and the changes since. */
export function createMessages(options: MessagesOptions) {
  const step = Math.max(1, Math.floor(options.historyMs / 1000 / Math.max(1, options.size)));
  const data = new Dataset<SimMessage>({
    seed: options.seed,
    size: options.size,
    clock: () => options.clock.stamp(),
    generate: (i, rng) =>
      message(rng, deliveryId(options.seed, i), options.end - (options.size - i) * step, options.recipient(rng), options.end),
  });
  const indexes = (changes: { index: number }[]) => changes.map((c) => c.index);
  const unopened = (m: SimMessage) => m.metrics['delivered'] !== undefined && m.metrics['opened'] === undefined;
  const mutate: MessageMutations = {
    send: (n) =>
      indexes(
        data.append(n, (i, { at, rng }) => {
          const created = Math.floor(at / 1000);
          const who = options.recipient(rng);
          const sent = { ...message(rng, deliveryId(options.seed, i), created, who, created), subject: fake.sentence(rng) };
          return { ...sent, metrics: { sent: created, delivered: created } };
        }),
      ),
    open: (n) => {
      const newest = [...data.range(0, data.size, { reverse: true })].filter(([, m]) => unopened(m)).slice(0, n);
      return indexes(
        data.update(
          newest.map(([i]) => i),
          (m, { at }) => ({ ...m, metrics: { ...m.metrics, opened: Math.floor(at / 1000) } }),
        ),
      );
    },
  };
  return { data, mutate };
}
