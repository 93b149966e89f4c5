/**
 * Stripe's `previous_attributes`: the old values of the top-level fields a
 * change touched.
 *
 * @example
 * previousAttributes({ a: 1, b: 2 }, { a: 1, b: 3 }) // { b: 2 }
 */
export function previousAttributes<T extends object>(before: T, after: T): Record<string, unknown> {
  const previous: Record<string, unknown> = {};
  const old = new Map<string, unknown>(Object.entries(before));
  for (const [key, value] of Object.entries(after)) {
    if (JSON.stringify(old.get(key)) !== JSON.stringify(value)) previous[key] = old.get(key) ?? null;
  }
  return previous;
}

/** Unix seconds of a dataset change stamp (ms). */
export const seconds = (at: number): number => Math.floor(at / 1000);
