/** Small readers for JSON from child processes: checked, never cast. */

export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

function fail(key: string, expected: string, value: unknown): never {
  throw new Error(`Expected ${expected} at "${key}", got ${JSON.stringify(value)}`);
}

export function objectAt(o: JsonObject, key: string): JsonObject {
  const value = o[key];
  return isObject(value) ? value : fail(key, 'an object', value);
}

export function numberAt(o: JsonObject, key: string): number {
  const value = o[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : fail(key, 'a number', value);
}

export function stringAt(o: JsonObject, key: string): string {
  const value = o[key];
  return typeof value === 'string' ? value : fail(key, 'a string', value);
}

/** Parse one line of JSON into an object. */
export function parseObject(line: string): JsonObject {
  const value: unknown = JSON.parse(line);
  if (!isObject(value)) throw new Error(`Expected a JSON object, got: ${line.slice(0, 200)}`);
  return value;
}
