import ky, { HTTPError, TimeoutError, type KyInstance, type Options as KyOptions } from 'ky';
import type { z } from 'zod';
import { ConnectorError, TransientError, VendorError, isConnectorError } from '../errors/errors.js';
import { silentLogger, type Logger } from '../util/logger.js';
import { redactText, redactUrl } from '../util/redact.js';
import { defaultClassify, type ErrorClassifier, type ErrorResponse } from './classify.js';
import { boundedBody, scrubError, serverWait } from './guards.js';
import { backoffDelay, parseRetryAfter } from './retry-after.js';
import type { RequestLimiter } from './limiter.js';
import { buildUrl, type Query } from './url.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface HttpRequest {
  method?: HttpMethod;
  /** A path joined to the base URL (`/v1/charges`) or an absolute URL (a vendor's next-page link). */
  path: string;
  query?: Query;
  headers?: Record<string, string>;
  json?: unknown;
  form?: Record<string, string | number | boolean | undefined>;
  /** Retry a POST/PATCH too (reads sent over POST, idempotency-keyed writes). */
  idempotent?: boolean;
  signal?: AbortSignal;
}

export interface HttpResponse<T> {
  status: number;
  headers: Headers;
  data: T;
  url: string;
}

export interface RateLimitInfo {
  limit?: number;
  remaining?: number;
  reset?: string;
  observedAt: Date;
}

export interface HttpClientOptions {
  baseUrl: string;
  headers?: Record<string, string>;
  /** Query parameters sent on every request (keys placed in the query string). */
  query?: Query;
  /** Per-attempt timeout. */
  timeoutMs?: number;
  /** Retries after the first attempt, for 408/429/5xx, network errors, timeouts and unreadable bodies. */
  retries?: number;
  retryBaseMs?: number;
  retryCapMs?: number;
  /** Longest Retry-After waited in-process; a longer one fails fast as `rate_limited` with `retryAfterMs`. */
  maxInlineRetryAfterMs?: number;
  /** The connector's vendor-error classifier (falls back to status codes). */
  classify?: ErrorClassifier;
  /** Vendor retry hint on a failed response (Stripe-Should-Retry): true/false decides, undefined defers. */
  retryHint?: (response: Response) => boolean | undefined;
  /** Secret values to scrub from every message and log line (keys, tokens). */
  secrets?: readonly string[];
  logger?: Logger;
  fetch?: typeof fetch;
  rateLimitHeaders?: { limitHeader?: string | undefined; remainingHeader?: string | undefined; resetHeader?: string | undefined };
  /** Paces every attempt (retries too) within the connection's request budget; told about 429s. */
  limiter?: RequestLimiter;
}

/**
 * A vendor API client: timeouts, retries with exponential backoff and jitter
 * (Retry-After honoured), vendor errors classified into the taxonomy, and
 * secrets redacted from every error and log line. Built on ky.
 *
 * @example
 * const http = createHttpClient({ baseUrl: 'https://api.stripe.com', headers: { Authorization: `Bearer ${key}` }, secrets: [key] });
 * const { data } = await http.request({ path: '/v1/charges', query: { limit: 100 } }, StripeList);
 */
export interface HttpClient {
  request<T = unknown>(req: HttpRequest, schema?: z.ZodType<T>): Promise<HttpResponse<T>>;
  /** The most recent rate-limit headers seen, when the connector declared them. */
  readonly rateLimit: RateLimitInfo | undefined;
  readonly baseUrl: string;
  /** Redact a string with this client's known secrets. */
  redact(text: string): string;
}

const RETRY_STATUS = [408, 429, 500, 502, 503, 504];
/** Statuses whose Retry-After (or RateLimit-Reset family) ky waits for. */
const AFTER_STATUS = [413, 429, 503];
const MAX_ERROR_TEXT = 2_000;
/** How long a 429 without a usable Retry-After holds the connection's requests. */
const PENALTY_MS = 1_000;

export function createHttpClient(options: HttpClientOptions): HttpClient {
  const secrets = options.secrets ?? [];
  const logger = options.logger ?? silentLogger;
  const retries = options.retries ?? 4;
  const baseMs = options.retryBaseMs ?? 500;
  const capMs = options.retryCapMs ?? 30_000;
  const maxInline = options.maxInlineRetryAfterMs ?? 60_000;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const classify = options.classify;
  const limiter = options.limiter;
  let rateLimit: RateLimitInfo | undefined;

  const instance: KyInstance = ky.create({
    timeout: timeoutMs,
    throwHttpErrors: true,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    retry: {
      limit: retries,
      statusCodes: RETRY_STATUS,
      afterStatusCodes: AFTER_STATUS,
      // Backstop: never sleep longer than this in-process, whatever the headers say.
      maxRetryAfter: maxInline,
      delay: (attempt) => baseMs * 2 ** (attempt - 1),
      jitter: true,
      backoffLimit: capMs,
      retryOnTimeout: true,
      shouldRetry: ({ error }) => {
        if (!(error instanceof HTTPError)) return undefined;
        const { status, headers } = error.response;
        const hint = options.retryHint?.(error.response);
        if (hint === false) return false;
        const wait = parseRetryAfter(headers.get('retry-after'));
        if (wait !== undefined && wait > maxInline) return false;
        const listed = RETRY_STATUS.includes(status);
        if (AFTER_STATUS.includes(status)) {
          // ky also honours RateLimit-Reset and friends here: a long one fails fast too.
          const kyWait = serverWait(headers);
          if (kyWait !== undefined && kyWait > maxInline) return false;
          // An unreadable value would make ky wait for days: back off normally instead.
          if (Number.isNaN(kyWait) && (listed || hint === true)) return true;
        }
        if (hint === true && listed) return undefined;
        return hint;
      },
    },
    hooks: {
      beforeRequest: limiter ? [async (request) => void (await limiter.acquire(request.signal))] : [],
      // A 429 holds every request of the connection, not only the one that got it (no retry storms).
      afterResponse: limiter
        ? [
            async (_request, _options, response) => {
              if (response.status === 429) await limiter.penalize(Math.max(serverWait(response.headers) || 0, PENALTY_MS));
            },
          ]
        : [],
      beforeRetry: [
        ({ request, error, retryCount }) => {
          logger.warn(
            { url: redactUrl(request.url, secrets), attempt: retryCount, reason: redactText(error.message, secrets) },
            'http retry',
          );
        },
      ],
    },
  });

  const label = (method: string, url: string) => `${method} ${redactUrl(url, secrets)}`;

  const recordRateLimit = (headers: Headers) => {
    const spec = options.rateLimitHeaders;
    if (!spec) return;
    const num = (name?: string) => {
      const v = name ? headers.get(name) : null;
      return v === null || v === '' || Number.isNaN(Number(v)) ? undefined : Number(v);
    };
    const info: RateLimitInfo = { observedAt: new Date() };
    const limit = num(spec.limitHeader);
    const remaining = num(spec.remainingHeader);
    const reset = spec.resetHeader ? headers.get(spec.resetHeader) : null;
    if (limit !== undefined) info.limit = limit;
    if (remaining !== undefined) info.remaining = remaining;
    if (reset) info.reset = reset;
    if (limit !== undefined || remaining !== undefined || reset) rateLimit = info;
  };

  const toError = async (error: unknown, method: string, url: string, read: (r: Response) => Promise<string>): Promise<ConnectorError> => {
    if (isConnectorError(error)) return error;
    if (error instanceof HTTPError) {
      const response = error.response;
      recordRateLimit(response.headers);
      const raw = (await read(response).catch(() => '')).slice(0, MAX_ERROR_TEXT);
      const text = redactText(raw, secrets);
      let body: unknown;
      try {
        // Parse before redacting: name-based redaction would hide vendor fields such as `code`.
        body = raw
          ? JSON.parse(raw, (_key, value: unknown) => (typeof value === 'string' ? redactText(value, secrets) : value))
          : undefined;
      } catch {
        body = undefined;
      }
      const failed: ErrorResponse = { status: response.status, headers: response.headers, body, text, label: label(method, url) };
      return classify?.(failed) ?? defaultClassify(failed);
    }
    if (error instanceof TimeoutError) {
      return new TransientError(`${label(method, url)}: timed out after ${timeoutMs} ms`, { cause: scrubError(error, secrets) });
    }
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
    const detail = cause instanceof Error ? ((cause as NodeJS.ErrnoException).code ?? cause.message) : String(cause);
    return new TransientError(`${label(method, url)}: network error (${redactText(detail, secrets)})`, {
      cause: scrubError(error, secrets) ?? detail,
    });
  };

  async function request<T>(req: HttpRequest, schema?: z.ZodType<T>): Promise<HttpResponse<T>> {
    const method = req.method ?? 'GET';
    const url = buildUrl(options.baseUrl, req.path, options.query ? { ...options.query, ...req.query } : req.query);
    const kyOptions: KyOptions = {
      method,
      headers: { accept: 'application/json', ...options.headers, ...req.headers },
      ...(req.json !== undefined ? { json: req.json } : {}),
      ...(req.form ? { body: formBody(req.form) } : {}),
      ...(req.idempotent ? { retry: { methods: ['get', 'put', 'head', 'delete', 'options', 'trace', 'post', 'patch'] } } : {}),
    };
    // A body that could not be read may come from a request the vendor did carry out: resend only what is safe to repeat.
    const repeatable = req.idempotent === true || (method !== 'POST' && method !== 'PATCH');
    for (let attempt = 0; ; attempt++) {
      const started = Date.now();
      const body = boundedBody(timeoutMs);
      let status = 0;
      try {
        const signal = req.signal ? AbortSignal.any([req.signal, body.signal]) : body.signal;
        const response = await instance(url, { ...kyOptions, signal });
        status = response.status;
        recordRateLimit(response.headers);
        const text = await body.read(response);
        const data = parseBody(text, response.headers);
        logger.debug({ method, url: redactUrl(url, secrets), status, ms: Date.now() - started }, 'http');
        return { status, headers: response.headers, data: validate(data, schema, label(method, url)), url: response.url };
      } catch (error) {
        if (req.signal?.aborted) throw req.signal.reason;
        const bodyFailure = status !== 0 && !isConnectorError(error);
        if (bodyFailure && repeatable && attempt < retries) {
          logger.warn({ url: redactUrl(url, secrets), attempt: attempt + 1, reason: 'unreadable body' }, 'http retry');
          await sleep(backoffDelay(attempt + 1, baseMs, capMs));
          continue;
        }
        if (bodyFailure) {
          const detail = redactText(error instanceof Error ? error.message : String(error), secrets);
          throw new TransientError(`${label(method, url)}: unreadable response body (${detail})`, {
            cause: scrubError(error, secrets) ?? detail,
          });
        }
        throw await toError(error, method, url, body.read);
      }
    }
  }

  return {
    request,
    get rateLimit() {
      return rateLimit;
    },
    baseUrl: options.baseUrl,
    redact: (text) => redactText(text, secrets),
  };
}

function formBody(form: Record<string, string | number | boolean | undefined>): URLSearchParams {
  const body = new URLSearchParams();
  for (const [k, v] of Object.entries(form)) if (v !== undefined) body.append(k, String(v));
  return body;
}

function parseBody(text: string, headers: Headers): unknown {
  if (text === '') return undefined;
  const type = headers.get('content-type') ?? '';
  if (type.includes('json') || /^\s*[[{]/.test(text)) return JSON.parse(text);
  return text;
}

function validate<T>(data: unknown, schema: z.ZodType<T> | undefined, label: string): T {
  if (!schema) return data as T;
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new VendorError(`${label}: unexpected response shape (${issues.join('; ')})`, { vendorCode: 'unexpected_response' });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
