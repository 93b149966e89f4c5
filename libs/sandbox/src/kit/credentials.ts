import type { Context, MiddlewareHandler } from 'hono';

/**
 * Where a vendor reads the caller's credential. `bearer`: the Authorization
 * header with the `Bearer` scheme, or any of `schemes` when the vendor takes
 * others too (Salesforce also takes `OAuth <token>`). `basicUsername`: HTTP
 * Basic with the credential as the username is accepted too (Stripe:
 * `-u sk_test_...:`).
 */
export type CredentialPlace =
  { bearer: true; schemes?: readonly string[]; basicUsername?: boolean } | { header: string } | { query: string };

/** `Authorization: <scheme> <credential>` with one of the schemes (case-insensitive, as RFC 9110 says). */
function authorization(c: Context, schemes: readonly string[]): string | undefined {
  const [scheme = '', ...rest] = (c.req.header('authorization') ?? '').trim().split(/\s+/);
  const credential = rest.join(' ');
  return credential !== '' && schemes.some((s) => s.toLowerCase() === scheme.toLowerCase()) ? credential : undefined;
}

/** The username of an HTTP Basic `Authorization` header, if there is one. */
function basicUsername(header: string): string | undefined {
  const encoded = /^Basic\s+(.+)$/i.exec(header)?.[1];
  if (!encoded) return undefined;
  const user = Buffer.from(encoded.trim(), 'base64').toString('utf8').split(':')[0];
  return user ? user : undefined;
}

/**
 * The credential of a request, read where the vendor reads it.
 *
 * @example
 * credentialOf(c, { bearer: true, basicUsername: true }) // 'sk_test_123' from `Bearer sk_test_123` or `Basic c2tfdGVzdF8xMjM6`
 */
export function credentialOf(c: Context, place: CredentialPlace): string | undefined {
  if ('bearer' in place) {
    const token = authorization(c, place.schemes ?? ['Bearer']);
    return token || !place.basicUsername ? token : basicUsername(c.req.header('authorization') ?? '');
  }
  if ('header' in place) return c.req.header(place.header)?.trim() || undefined;
  return c.req.query(place.query) || undefined;
}

/** What the vendor answers without a credential, or with one it does not accept. */
export interface CredentialAnswers {
  missing(c: Context): Response | Promise<Response>;
  invalid(c: Context, credential: string): Response | Promise<Response>;
}

/**
 * Require a credential the vendor accepts (an API key, a live OAuth access
 * token), answering a missing or rejected one with the vendor's own error.
 * Paths in `open` need none (OAuth endpoints, consent screens).
 *
 * @example
 * app.use('*', requireCredential({ bearer: true }, (token) => oauth.tokenInfo(token) !== undefined, answers, ['/oauth']));
 */
export function requireCredential(
  place: CredentialPlace,
  accept: (credential: string) => boolean,
  answers: CredentialAnswers,
  open: readonly string[] = [],
): MiddlewareHandler {
  return async (c, next) => {
    if (open.some((prefix) => c.req.path.startsWith(prefix))) return next();
    const credential = credentialOf(c, place);
    if (credential === undefined) return answers.missing(c);
    if (!accept(credential)) return answers.invalid(c, credential);
    return next();
  };
}
