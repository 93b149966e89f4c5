import { z } from 'zod';

/**
 * What a connection stores (encrypted): the API key from Fathom's settings
 * (User settings, API Access) and, for webhooks, the endpoint's signing
 * secret (`whsec_` + base64), shown when the webhook is created.
 */
export const FathomConfig = z.object({
  apiKey: z.string().trim().min(8, 'A Fathom API key (User settings, API Access)'),
  webhookSecret: z
    .string()
    .trim()
    .regex(/^whsec_[A-Za-z0-9+/]+={0,2}$/, 'A Fathom webhook secret (whsec_ followed by base64)')
    .optional(),
});
export type FathomConfig = z.infer<typeof FathomConfig>;
/** What every request needs: the key, sent as `X-Api-Key`. */
export type FathomCredentials = { apiKey: string };

/** The longest overlap: past a month, a full sync is the better tool. */
const MAX_OVERLAP_HOURS = 24 * 31;

/**
 * Non-secret settings of a connection.
 * - `overlapHours`: every incremental run re-reads meetings created this long
 *   before the newest one already read (meetings that finished processing
 *   late, and edits to recent ones); default one day.
 * - `includeSummary`: also read Fathom's AI summary of each meeting (its
 *   text is then stored: a privacy decision, off by default).
 * - `teams`: only meetings of these Fathom teams (`teams[]`); empty: all
 *   the key can see.
 */
export const FathomSettings = z.object({
  overlapHours: z
    .number()
    .int()
    .min(0)
    .max(MAX_OVERLAP_HOURS)
    .default(24)
    .describe('Hours before the newest meeting read that each incremental sync re-reads (late processing, edits)'),
  includeSummary: z.boolean().default(false).describe("Also read and store Fathom's AI summary of each meeting (a privacy decision)"),
  teams: z
    .array(z.string().trim().min(1))
    .max(50)
    .default([])
    .describe('Only meetings of these Fathom teams; empty: every team the key can see'),
});
export type FathomSettings = z.infer<typeof FathomSettings>;

/** At least one second of overlap: Fathom stamps `created_at` to the second and `created_after` is exclusive. */
export const overlapMs = (settings: Pick<FathomSettings, 'overlapHours'>): number => Math.max(1_000, settings.overlapHours * 3_600_000);
