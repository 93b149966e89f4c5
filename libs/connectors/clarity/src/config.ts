import { z } from 'zod';
import { ClarityDimension } from './api.js';

/** What a connection stores (encrypted): the project's Data Export API token (a JWT). */
export const ClarityConfig = z.object({
  apiKey: z
    .string()
    .trim()
    .regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, 'A Clarity API token is a JWT (three dot-separated parts): copy it from Settings -> Data Export'),
});
export type ClarityConfig = z.infer<typeof ClarityConfig>;

/**
 * Non-secret settings:
 * - `projectId`: the Clarity project the token belongs to (the token is per project; this labels the rows);
 * - `dimensionSets`: the breakdowns to snapshot, one request each (a partition), each up to
 *   three of Clarity's dimensions. Default: Device x Channel, URL, Country/Region: three of the
 *   ten daily calls, each small enough to stay under the 1,000-row cap on most sites.
 *
 * @example
 * ClaritySettings.parse({}).dimensionSets // [['Device', 'Channel'], ['URL'], ['Country/Region']]
 */
export const ClaritySettings = z.object({
  projectId: z.string().trim().min(1).max(128).default('clarity'),
  dimensionSets: z
    .array(
      z
        .array(ClarityDimension)
        .min(1)
        .max(3)
        .refine((d) => new Set(d).size === d.length, 'Each dimension once in a set'),
    )
    .min(1)
    .max(5, 'At most 5 breakdowns: each is one of the 10 daily calls')
    .default([['Device', 'Channel'], ['URL'], ['Country/Region']]),
});
export type ClaritySettings = z.output<typeof ClaritySettings>;
