import type { z } from 'zod';
import { ConfigError } from '../errors/errors.js';

/**
 * A typed, validated codec for a connector's opaque cursor string.
 *
 * @example
 * const cursor = jsonCursor(z.object({ stream: z.string(), after: z.string().nullable() }));
 * cursor.decode(cursor.encode({ stream: 'charges', after: 'ch_1' })) // { stream: 'charges', after: 'ch_1' }
 */
export function jsonCursor<T>(schema: z.ZodType<T>) {
  return {
    encode(value: T): string {
      return JSON.stringify(value);
    },
    /** Null for a null cursor; ConfigError when the stored cursor is not one of ours. */
    decode(value: string | null): T | null {
      if (value === null) return null;
      let json: unknown;
      try {
        json = JSON.parse(value);
      } catch {
        throw new ConfigError('The stored sync cursor is unreadable; run a full sync to reset it');
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success)
        throw new ConfigError('The stored sync cursor does not match this connector version; run a full sync to reset it');
      return parsed.data;
    },
  };
}
