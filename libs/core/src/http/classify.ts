import { AuthExpiredError, AuthRevokedError, ConnectorError, RateLimitedError, TransientError, VendorError } from '../errors/errors.js';
import { parseRetryAfter } from './retry-after.js';

/** A failed vendor response, as classifiers see it (body already read). */
export interface ErrorResponse {
  status: number;
  headers: Headers;
  /** Parsed JSON body, or undefined when the body was not JSON. */
  body: unknown;
  /** Raw body text (truncated). */
  text: string;
  /** Method and redacted URL, for messages. */
  label: string;
}

/** Connector hook: vendor error body -> taxonomy. Return undefined to use the default. */
export type ErrorClassifier = (response: ErrorResponse) => ConnectorError | undefined;

export const DEFAULT_RATE_LIMIT_WAIT_MS = 60_000;

/** Status-code based classification used when a connector's classifier has no opinion. */
export function defaultClassify(response: ErrorResponse): ConnectorError {
  const { status, label } = response;
  const options = { status };
  if (status === 401) return new AuthExpiredError(`${label}: 401 Unauthorized`, options);
  if (status === 403) return new AuthRevokedError(`${label}: 403 Forbidden`, options);
  if (status === 429) {
    const wait = parseRetryAfter(response.headers.get('retry-after')) ?? DEFAULT_RATE_LIMIT_WAIT_MS;
    return new RateLimitedError(`${label}: 429 Too Many Requests`, wait, options);
  }
  if (status === 408 || status >= 500) return new TransientError(`${label}: ${status}`, options);
  return new VendorError(`${label}: ${status}`, options);
}
