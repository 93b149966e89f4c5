import type { Context } from 'hono';

/** A LinkedIn API error, thrown by routes and answered in LinkedIn's shape. */
export class LinkedInError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly serviceErrorCode?: number,
  ) {
    super(message);
  }
  get body(): Record<string, unknown> {
    return {
      status: this.status,
      ...(this.serviceErrorCode !== undefined ? { serviceErrorCode: this.serviceErrorCode } : {}),
      code: this.code,
      message: this.message,
    };
  }
}

export const badRequest = (message: string) => new LinkedInError(400, 'ILLEGAL_ARGUMENT', message, 100);

/** The body LinkedIn would send with an injected status (2°: `{status, serviceErrorCode, code, message}`). */
export function statusBody(status: number): unknown {
  if (status === 401)
    return new LinkedInError(401, 'REVOKED_ACCESS_TOKEN', 'The token used in the request has been revoked by the user', 65601).body;
  if (status === 403)
    return new LinkedInError(403, 'ACCESS_DENIED', 'Not enough permissions to access: adAnalytics.FINDER-analytics', 100).body;
  if (status === 429) {
    return new LinkedInError(
      429,
      'TOO_MANY_REQUESTS',
      'Resource level throttle APPLICATION DAY limit for calls to this resource is reached.',
    ).body;
  }
  if (status >= 500) return new LinkedInError(status, 'INTERNAL_SERVER_ERROR', 'Internal Server Error').body;
  return badRequest('Invalid request').body;
}

/** Answer a thrown LinkedInError (anything else is a bug in the simulator). */
export function answer(error: Error, c: Context): Response {
  if (!(error instanceof LinkedInError)) throw error;
  return c.json(error.body, error.status as 400);
}
