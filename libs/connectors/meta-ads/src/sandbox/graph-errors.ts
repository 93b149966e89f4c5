import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';

/** A Graph error: thrown by routes, answered by the simulator's error handler. */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly body: { error: Record<string, unknown> },
    readonly headers: Record<string, string> = {},
  ) {
    super(String(body.error['message']));
  }
}

const trace = () => `A${randomBytes(8).toString('base64url')}`;

/**
 * Graph's error envelope (https://developers.facebook.com/docs/graph-api/guides/error-handling):
 * `{error: {message, type, code, error_subcode?, is_transient?, error_user_title?, error_user_msg?, fbtrace_id}}`.
 *
 * @example
 * graphError(400, 190, 'Error validating access token: Session has expired.', { subcode: 463 })
 */
export function graphError(
  status: number,
  code: number,
  message: string,
  extra: { subcode?: number; type?: string; transient?: boolean; title?: string; userMsg?: string; headers?: Record<string, string> } = {},
): GraphError {
  return new GraphError(
    status,
    {
      error: {
        message,
        type: extra.type ?? 'OAuthException',
        code,
        ...(extra.subcode !== undefined ? { error_subcode: extra.subcode } : {}),
        ...(extra.transient !== undefined ? { is_transient: extra.transient } : {}),
        ...(extra.title ? { error_user_title: extra.title } : {}),
        ...(extra.userMsg ? { error_user_msg: extra.userMsg } : {}),
        fbtrace_id: trace(),
      },
    },
    extra.headers,
  );
}

export const invalidParam = (message: string) => graphError(400, 100, `(#100) ${message}`);
export const expiredToken = () =>
  graphError(400, 190, 'Error validating access token: Session has expired on the token expiry date.', { subcode: 463 });
export const badToken = () => graphError(400, 190, 'Invalid OAuth access token - Cannot parse access token');
export const noSuchNode = (id: string) =>
  graphError(
    400,
    100,
    `Unsupported get request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
    { subcode: 33, type: 'GraphMethodException' },
  );
export const tooMuchData = () =>
  graphError(400, 100, "Please reduce the amount of data you're asking for, then retry your request", { subcode: 1_487_534 });

/**
 * The body Meta would send with an injected status: 401 an expired token, 429 the user
 * request limit, 403 a missing permission, 5xx an unexpected transient error.
 */
export function statusBody(status: number): unknown {
  if (status === 401) return expiredToken().body;
  if (status === 429) return graphError(status, 17, '(#17) User request limit reached', { transient: true }).body;
  if (status === 403) return graphError(status, 200, '(#200) Requires ads_read permission to manage the object').body;
  if (status >= 500)
    return graphError(status, 2, 'An unexpected error has occurred. Please retry your request later.', { transient: true }).body;
  return graphError(status, 100, '(#100) Invalid parameter').body;
}

/** Answer a thrown GraphError in Meta's shape (anything else is a bug in the simulator). */
export function answer(error: Error, c: Context): Response {
  if (!(error instanceof GraphError)) throw error;
  for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
  return c.json(error.body, error.status as 400);
}
