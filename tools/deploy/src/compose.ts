import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const COMPOSE_FILE = `${REPO_ROOT}docker-compose.yml`;

/**
 * Compose's variable interpolation (https://docs.docker.com/reference/compose-file/interpolation/):
 * `${VAR}`, `${VAR:-default}` / `${VAR-default}`, `${VAR:?error}` / `${VAR?error}`, `$VAR`, and `$$`
 * for a literal `$`. A required variable that is missing throws with its message, as Compose does.
 *
 * @example
 * interpolate('key=${KEY:?set KEY}', { KEY: 'abc' }) // 'key=abc'
 */
export function interpolate(text: string, vars: Record<string, string | undefined>): string {
  return text.replace(
    /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
    (match, braced?: string, colon?: string, op?: string, arg?: string, bare?: string) => {
      if (match === '$$') return '$';
      const name = braced ?? bare ?? '';
      const value = vars[name];
      const unset = value === undefined || (colon === ':' && value === '');
      if (!unset) return value;
      if (op === '?') throw new Error(`required variable ${name} is missing a value: ${arg ?? ''}`);
      return op === '-' ? (arg ?? '') : '';
    },
  );
}

/** The parts of a Compose file these checks read (the schema check covers the whole file). */
const Service = z.object({
  image: z.string().optional(),
  build: z.object({ context: z.string(), dockerfile: z.string() }).optional(),
  environment: z.record(z.string(), z.string()).optional(),
  volumes: z.array(z.string()).optional(),
  ports: z.array(z.string()).optional(),
  depends_on: z.union([z.array(z.string()), z.record(z.string(), z.object({ condition: z.string() }))]).optional(),
  healthcheck: z.object({ test: z.array(z.string()) }).optional(),
  entrypoint: z.array(z.string()).optional(),
});
export const ComposeFile = z.object({
  services: z.record(z.string(), Service),
  volumes: z.record(z.string(), z.unknown()).optional(),
});
export type ComposeFile = z.infer<typeof ComposeFile>;
export type ComposeService = z.infer<typeof Service>;

/**
 * docker-compose.yml as Compose sees it: YAML anchors and merge keys
 * (`<<: *anchor`) resolved, then every string value interpolated from
 * `vars` (values only, as Compose does: comments and keys are left alone).
 * Plain data, for the schema check.
 *
 * @example
 * const document = loadComposeDocument({ CONNECTOR_ENCRYPTION_KEY: generateKeyHex() });
 */
export function loadComposeDocument(vars: Record<string, string | undefined>, file = COMPOSE_FILE): unknown {
  return interpolateValues(parse(readFileSync(file, 'utf8'), { merge: true }), vars);
}

function interpolateValues(value: unknown, vars: Record<string, string | undefined>): unknown {
  if (typeof value === 'string') return interpolate(value, vars);
  if (Array.isArray(value)) return value.map((item) => interpolateValues(item, vars));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, interpolateValues(item, vars)]));
  }
  return value;
}

/** The same document, parsed into the fields the environment checks read. */
export function loadCompose(vars: Record<string, string | undefined>, file = COMPOSE_FILE): ComposeFile {
  return ComposeFile.parse(loadComposeDocument(vars, file));
}
