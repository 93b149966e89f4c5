/**
 * Units the bench's flags take: `200ms`, `0.2s`, `25/s`, `5MB/s`.
 * A bare number is milliseconds, requests per second or bytes per second.
 */

const fail = (flag: string, value: string, example: string): never => {
  throw new Error(`${flag} takes a value like ${example}, not "${value}"`);
};

/**
 * @example
 * parseDuration('--latency', '200ms') // 200
 * parseDuration('--latency', '1.5s') // 1500
 */
export function parseDuration(flag: string, value: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(value.trim());
  if (!match) return fail(flag, value, '200ms or 0.2s');
  const n = Number(match[1]);
  return match[2] === 's' ? n * 1000 : n;
}

/**
 * @example
 * parseRate('--rate', '25/s') // 25
 */
export function parseRate(flag: string, value: string): number {
  const match = /^(\d+(?:\.\d+)?)(\/s)?$/.exec(value.trim());
  const n = Number(match?.[1]);
  if (!match || n <= 0) return fail(flag, value, '25/s');
  return n;
}

const BYTES: Record<string, number> = { '': 1, b: 1, kb: 1e3, mb: 1e6, gb: 1e9 };

/**
 * Bytes per second (decimal units, as network speeds are quoted).
 *
 * @example
 * parseBandwidth('--bandwidth', '5MB/s') // 5_000_000
 */
export function parseBandwidth(flag: string, value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?b)?(\/s)?$/i.exec(value.trim());
  const scale = BYTES[(match?.[2] ?? '').toLowerCase()];
  const n = Number(match?.[1]) * (scale ?? 0);
  if (!match || !(n > 0)) return fail(flag, value, '5MB/s');
  return n;
}
