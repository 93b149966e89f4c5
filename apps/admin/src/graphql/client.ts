import { z } from 'zod';
import type { TypedDocumentString } from './generated/graphql';

/** The gateway said the session is missing or expired: the console sends the person to sign in. */
export class UnauthenticatedError extends Error {
  constructor() {
    super('Your session has ended. Sign in again.');
    this.name = 'UnauthenticatedError';
  }
}

/** A GraphQL-level failure (not a typed `Error` result): the request itself was refused or broke. */
export class RequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

/** The GraphQL response envelope; `data` has the document's generated type. */
const Envelope = z.object({
  data: z.record(z.string(), z.unknown()).nullish(),
  errors: z.array(z.object({ message: z.string(), extensions: z.object({ code: z.string().optional() }).loose().optional() })).optional(),
});

/** `[]` when a document has no variables, `[variables]` otherwise. */
type VariablesArg<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

/**
 * Run a typed document against `/graphql` with the session cookie (JSON
 * POST: the gateway's CSRF check requires it).
 *
 * @example
 * const { me } = await gql(MeDocument);
 */
export async function gql<R, V>(document: TypedDocumentString<R, V>, ...[variables]: VariablesArg<V>): Promise<R> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
  });
  if (response.status === 401) throw new UnauthenticatedError();
  const parsed = Envelope.safeParse(await response.json().catch(() => null));
  const body = parsed.success ? parsed.data : null;
  const firstError = body?.errors?.[0];
  if (firstError?.extensions?.code === 'UNAUTHENTICATED') throw new UnauthenticatedError();
  if (firstError) throw new RequestError(firstError.message, response.status);
  if (!response.ok || !body?.data) throw new RequestError(`The gateway answered ${response.status}. Try again.`, response.status);
  // The shape of `data` is the document's, generated from the schema the gateway serves.
  return body.data as R;
}

/** POST JSON to one of the gateway's REST routes (`/api/auth/*`). */
export async function postJson(path: string, body: unknown): Promise<{ ok: boolean; status: number; body: unknown }> {
  const response = await fetch(path, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { ok: response.ok, status: response.status, body: await response.json().catch(() => null) };
}
