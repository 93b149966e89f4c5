import { GraphQLError } from 'graphql';

export interface PageArgs {
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}

/** One page to fetch: `take` rows after `cursor` (positive), or before it (negative, Prisma's backwards paging); the cursor row itself is skipped. */
export interface PageRequest<K> {
  take: number;
  cursor: K | undefined;
}

export const encodeCursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/** Decode an opaque cursor; a tampered one is a clear client error, never a crash. */
export function decodeCursor<T>(cursor: string | null | undefined, check: (v: unknown) => v is T): T | undefined {
  if (!cursor) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (check(value)) return value;
  } catch {
    // fall through
  }
  throw badInput('Invalid cursor');
}

const present = (v: unknown) => v !== undefined && v !== null;

/**
 * A Relay connection from a keyset fetch, forwards (`first`/`after`) or
 * backwards (`last`/`before`): asks for one row more than the page to know
 * whether another page follows. The page size is capped at `max`.
 *
 * @example
 * await connectionOf({ last: 3 }, isIdKey, ({ take, cursor }) =>
 *   prisma.syncLog.findMany({ orderBy, take, ...(cursor ? { cursor, skip: 1 } : {}) }), (r) => ({ id: r.id }));
 */
export async function connectionOf<T, K>(
  args: PageArgs,
  isKey: (v: unknown) => v is K,
  fetch: (page: PageRequest<K>) => Promise<T[]>,
  keyOf: (row: T) => unknown,
  max = 100,
) {
  if (present(args.first) && present(args.last)) throw badInput('Ask for first or last, not both');
  if (present(args.after) && present(args.before)) throw badInput('Page after a cursor or before one, not both');
  const backwards = present(args.last) || present(args.before);
  const size = Math.min(Math.max((backwards ? args.last : args.first) ?? 20, 1), max);
  const cursor = decodeCursor(backwards ? args.before : args.after, isKey);
  const rows = await fetch({ take: backwards ? -(size + 1) : size + 1, cursor });
  const more = rows.length > size;
  const page = backwards ? rows.slice(more ? 1 : 0) : rows.slice(0, size);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(keyOf(node)) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: backwards ? cursor !== undefined : more,
      hasPreviousPage: backwards ? more : cursor !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

export const isIdKey = (v: unknown): v is { id: string } =>
  typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'string';
