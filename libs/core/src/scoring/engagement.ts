import type { Activity } from '../canonical/entities.js';
import { z } from 'zod';

const DAY_MS = 86_400_000;

/**
 * How activities count towards an engagement score; configurable per tenant.
 * Defaults: a meeting counts 5, a call 3, an email 1, anything else 1; an
 * activity loses half its weight every 30 days and is ignored after 365.
 */
export const EngagementWeights = z.object({
  /** Weight per canonical activity `type` (`email`, `call`, `meeting`, `task`, ...). */
  types: z.record(z.string(), z.number().nonnegative()).default({ meeting: 5, call: 3, email: 1, task: 1 }),
  /** Weight of a type not listed in `types`. */
  defaultWeight: z.number().nonnegative().default(1),
  /** Age at which an activity counts half. */
  halfLifeDays: z.number().positive().default(30),
  /** Activities older than this count nothing. */
  windowDays: z.number().positive().default(365),
  /** Decimal places kept (a difference smaller than this is not a change). */
  precision: z.number().int().min(0).max(4).default(1),
});
export type EngagementWeights = z.output<typeof EngagementWeights>;
export type EngagementWeightsInput = z.input<typeof EngagementWeights>;

/** The fields of a canonical activity that scoring reads. */
export type ScoredActivity = Pick<Activity, 'type' | 'occurredAt'> & {
  personExternalId?: string | null | undefined;
  accountExternalId?: string | null | undefined;
};

/** Scores by external id: people (contacts and leads) and accounts. */
export interface EngagementScores {
  people: Record<string, number>;
  accounts: Record<string, number>;
}

const round = (value: number, precision: number) => Math.round(value * 10 ** precision) / 10 ** precision;

/**
 * The contribution of one activity: its type's weight, halved every
 * `halfLifeDays` of age. Future-dated activities (a meeting next week)
 * count as if they happened now; those older than `windowDays` count 0.
 *
 * @example
 * activityWeight({ type: 'call', occurredAt: new Date('2025-05-02') }, EngagementWeights.parse({}), new Date('2025-06-01')) // 1.5
 */
export function activityWeight(activity: ScoredActivity, weights: EngagementWeights, now: Date): number {
  const ageDays = Math.max(0, (now.getTime() - activity.occurredAt.getTime()) / DAY_MS);
  if (!Number.isFinite(ageDays) || ageDays > weights.windowDays) return 0;
  const weight = weights.types[activity.type] ?? weights.defaultWeight;
  return weight * 0.5 ** (ageDays / weights.halfLifeDays);
}

/**
 * Engagement scores: for every person and account, the sum over their
 * canonical activities of `weight(type) × 0.5^(ageDays / halfLifeDays)`
 * (activities older than `windowDays` left out), rounded to `precision`
 * decimals. An activity counts for its person and for its account. Pure:
 * the same activities, weights and `now` always give the same scores.
 *
 * @example
 * const scores = computeEngagementScores(
 *   [{ type: 'meeting', occurredAt: new Date('2025-06-01'), personExternalId: '003A', accountExternalId: '001A' }],
 *   EngagementWeights.parse({}),
 *   new Date('2025-06-01'),
 * );
 * scores.people['003A'] // 5
 * scores.accounts['001A'] // 5
 */
export function computeEngagementScores(
  activities: Iterable<ScoredActivity>,
  weights: EngagementWeightsInput,
  now: Date,
): EngagementScores {
  const parsed = EngagementWeights.parse(weights);
  const people = new Map<string, number>();
  const accounts = new Map<string, number>();
  const add = (scores: Map<string, number>, id: string | null | undefined, value: number) => {
    if (id) scores.set(id, (scores.get(id) ?? 0) + value);
  };
  for (const activity of activities) {
    const value = activityWeight(activity, parsed, now);
    if (value === 0) continue;
    add(people, activity.personExternalId, value);
    add(accounts, activity.accountExternalId, value);
  }
  const rounded = (scores: Map<string, number>) =>
    Object.fromEntries([...scores].map(([id, value]) => [id, round(value, parsed.precision)]).filter(([, value]) => value !== 0));
  return { people: rounded(people), accounts: rounded(accounts) };
}

/** One score to write back. */
export interface ScoreChange {
  externalId: string;
  score: number;
  previous: number | undefined;
}

/**
 * The scores to write back: those that are new or differ from the last
 * written value, and those that dropped out (no recent activity any more),
 * which go back to 0. Unchanged scores are left out, so only changes cost
 * API calls. Sorted by external id.
 *
 * @example
 * changedScores({ a: 2, b: 1, c: 4 }, { a: 2, b: 1.5, d: 3 })
 * // [{ externalId: 'b', score: 1.5, previous: 1 }, { externalId: 'c', score: 0, previous: 4 }, { externalId: 'd', score: 3, previous: undefined }]
 */
export function changedScores(previous: Readonly<Record<string, number>>, next: Readonly<Record<string, number>>): ScoreChange[] {
  const before = new Map(Object.entries(previous));
  const changes: ScoreChange[] = [];
  for (const [externalId, score] of Object.entries(next)) {
    const old = before.get(externalId);
    if (old !== score) changes.push({ externalId, score, previous: old });
  }
  for (const [externalId, old] of before) {
    if (!Object.hasOwn(next, externalId) && old !== 0) changes.push({ externalId, score: 0, previous: old });
  }
  return changes.sort((a, b) => (a.externalId < b.externalId ? -1 : a.externalId > b.externalId ? 1 : 0));
}
