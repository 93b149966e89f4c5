/** Split a dot path once; numeric segments index arrays and `-1` is the last element. */
export function parsePath(path: string): string[] {
  return path.split('.').filter((s) => s.length > 0);
}

/**
 * Read a dot path from a value.
 *
 * @example
 * getPath({ data: [{ id: 'a' }, { id: 'b' }] }, 'data.-1.id') // 'b'
 * getPath({ '@odata.nextLink': 'https://...' }, '@odata.nextLink') // 'https://...'
 */
export function getPath(value: unknown, path: string | readonly string[]): unknown {
  // A key that itself holds dots (OData's `@odata.nextLink`) is read whole.
  if (typeof path === 'string' && value && typeof value === 'object' && Object.hasOwn(value, path)) {
    return (value as Record<string, unknown>)[path];
  }
  const segments = typeof path === 'string' ? parsePath(path) : path;
  let current: unknown = value;
  for (const segment of segments) {
    if (current === null || current === undefined) return undefined;
    if (Array.isArray(current)) {
      const index = Number(segment);
      if (!Number.isInteger(index)) return undefined;
      current = current[index < 0 ? current.length + index : index];
    } else if (typeof current === 'object') {
      current = (current as Record<string, unknown>)[segment];
    } else {
      return undefined;
    }
  }
  return current;
}
