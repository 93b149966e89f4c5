export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];
export type Query = Record<string, QueryValue>;

/**
 * Join a base URL and a path (keeping any path prefix of the base, which
 * `new URL(path, base)` would drop) and append query parameters. Array
 * values repeat the key as written (`expand[]=a&expand[]=b`).
 */
export function buildUrl(baseUrl: string, path: string, query?: Query): string {
  const joined = /^https?:\/\//i.test(path) ? path : `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
  if (!query) return joined;
  const url = new URL(joined);
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const v of value) url.searchParams.append(key, String(v));
    else url.searchParams.set(key, String(value));
  }
  return url.toString();
}
