import { z } from 'zod';
import type { DeltaWalk } from './store.js';

/** What a `$skiptoken` or `$deltatoken` carries in the simulator (Graph's are opaque; so are these to a client). */
const TokenState = z.object({
  scope: z.enum(['inbox', 'sentitems', 'calendar']),
  since: z.number().int(),
  upTo: z.number().int(),
  after: z.number().int(),
  start: z.string().optional(),
  end: z.string().optional(),
  select: z.string().optional(),
  /** The delta generation it was issued in: older ones are expired. */
  epoch: z.number().int(),
});
export type TokenState = z.infer<typeof TokenState> & DeltaWalk;

/** Encode a walk position as an opaque token. */
export const encodeToken = (state: TokenState): string => Buffer.from(JSON.stringify(state)).toString('base64url');

/** Decode a token, or undefined for one this simulator did not issue. */
export function decodeToken(token: string): TokenState | undefined {
  try {
    const parsed = TokenState.safeParse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
