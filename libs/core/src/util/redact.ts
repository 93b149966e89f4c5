/**
 * Secret redaction for every error message and log line that could carry a
 * credential: Authorization headers, tokens in URLs, form or JSON bodies,
 * bearer strings, and any secret value the caller knows about.
 */
export const REDACTED = '[REDACTED]';

const SECRET_NAME =
  /^(authorization|proxy-authorization|cookie|set-cookie|x-api-key|api[-_]?key|apikey|key|secret|client[-_]?secret|password|passwd|token|access[-_]?token|refresh[-_]?token|id[-_]?token|code|code[-_]?verifier|signature|sig|private[-_]?key|session|stripe-signature)$/i;
const SECRET_SUBSTRING = /(secret|token|password|api[-_]?key|authorization|credential)/i;

/** True when a header, field or query-parameter name usually holds a secret. */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name) || SECRET_SUBSTRING.test(name);
}

// After "Token" a credential has a digit or symbol somewhere: "Token refresh failed" is prose, not a token.
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{6,}|\b(Token)\s+(?=[A-Za-z0-9._~+/=-]*[0-9._~+/=-])[A-Za-z0-9._~+/=-]{6,}/gi;
/** Stripe-style keys: `sk_live_…`, `rk_test_…`, and webhook secrets, which carry no mode (`whsec_…`). */
const KEY_PREFIXES = /\b((?:sk|rk|pk)_(?:live|test)|whsec)_[A-Za-z0-9_]{6,}/g;
const QUERY_PAIR = /([?&;]|^)([A-Za-z0-9_.-]+)=([^&#\s"']*)/g;
const JSON_PAIR = /("([A-Za-z0-9_.-]+)"\s*:\s*)"((?:[^"\\]|\\.)*)"/g;

/**
 * Redact secrets from free text: bearer credentials, vendor key formats,
 * `name=value` pairs and `"name": "value"` pairs whose name looks secret,
 * and every known secret value.
 *
 * @example
 * redactText('GET /v1/x?access_token=abc&limit=10') // 'GET /v1/x?access_token=[REDACTED]&limit=10'
 */
export function redactText(text: string, knownSecrets: Iterable<string> = []): string {
  let out = text;
  for (const secret of knownSecrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join(REDACTED);
  }
  out = out.replace(BEARER, (_m, scheme?: string, token?: string) => `${scheme ?? token ?? 'Bearer'} ${REDACTED}`);
  out = out.replace(KEY_PREFIXES, (_m, prefix: string) => `${prefix}_${REDACTED}`);
  out = out.replace(QUERY_PAIR, (m, sep: string, name: string) => (isSecretName(name) ? `${sep}${name}=${REDACTED}` : m));
  out = out.replace(JSON_PAIR, (m, head: string, name: string) => (isSecretName(name) ? `${head}"${REDACTED}"` : m));
  return out;
}

/** Redact the secret query parameters (and userinfo) of a URL. */
export function redactUrl(url: string | URL, knownSecrets: Iterable<string> = []): string {
  let parsed: URL;
  try {
    parsed = new URL(String(url));
  } catch {
    return redactText(String(url), knownSecrets);
  }
  if (parsed.password) parsed.password = REDACTED;
  if (parsed.username) parsed.username = REDACTED;
  for (const name of [...parsed.searchParams.keys()]) {
    if (isSecretName(name)) parsed.searchParams.set(name, REDACTED);
  }
  return redactText(parsed.toString().replaceAll(encodeURIComponent(REDACTED), REDACTED), knownSecrets);
}

/** A copy of the headers with secret-bearing ones replaced. */
export function redactHeaders(headers: Headers | Record<string, string>): Record<string, string> {
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  return Object.fromEntries(entries.map(([k, v]) => [k, isSecretName(k) ? REDACTED : v]));
}

/**
 * Deep copy of a value with secret-named fields replaced and every string
 * passed through {@link redactText}. Safe for log objects and error details.
 */
export function redactValue(value: unknown, knownSecrets: readonly string[] = [], depth = 0): unknown {
  if (depth > 8) return '[…]';
  if (typeof value === 'string') return redactText(value, knownSecrets);
  if (Array.isArray(value)) return value.map((v) => redactValue(v, knownSecrets, depth + 1));
  if (value instanceof Error) {
    return { name: value.name, message: redactText(value.message, knownSecrets) };
  }
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = isSecretName(k) && v != null && typeof v !== 'object' ? REDACTED : redactValue(v, knownSecrets, depth + 1);
    }
    return out;
  }
  return value;
}

/** Collect the string leaves of a credentials object, for value-based redaction. */
export function secretValues(credentials: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown, depth: number): void => {
    if (depth > 6) return;
    if (typeof v === 'string' && v.length >= 8) out.push(v);
    else if (Array.isArray(v)) v.forEach((x) => walk(x, depth + 1));
    else if (v && typeof v === 'object') Object.values(v).forEach((x) => walk(x, depth + 1));
  };
  walk(credentials, 0);
  return out;
}
