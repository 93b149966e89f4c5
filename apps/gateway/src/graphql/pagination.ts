import { GraphQLError } from 'graphql';

export interface PageArgs {
  first?: number | null | undefined;
  after?: string | null | undefined;
}

export const encodeCursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Decode an opaque cursor; a tampered one is a clear client error, never a crash. */
export function decodeCursor<T>(cursor: string | null | undefined, check: (v: unknown) => v is T): T | undefined {
  if (!cursor) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (check(value)) return value;
  } catch {
    // fall through
  }
  throw new GraphQLError('Invalid cursor', { extensions: { code: 'BAD_USER_INPUT' } });
}

/**
 * A Relay connection from a keyset fetch: asks for one row more than the
 * page to know whether another page follows. `first` is capped at `max`.
 *
 * @example
 * await connectionOf({ first: 20 }, (take) => prisma.syncLog.findMany({ take }), (r) => ({ id: r.id }));
 */
export async function connectionOf<T>(args: PageArgs, fetch: (take: number) => Promise<T[]>, keyOf: (row: T) => unknown, max = 100) {
  const first = Math.min(Math.max(args.first ?? 20, 1), max);
  const rows = await fetch(first + 1);
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: args.after !== undefined && args.after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

export const isIdKey = (v: unknown): v is { id: string } =>
  typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string';
