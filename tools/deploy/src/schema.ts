import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { z } from 'zod';
import { REPO_ROOT } from './compose.js';

/** The Compose Specification's JSON schema, vendored with its source and licence (schema/README.md). */
export const COMPOSE_SCHEMA_FILE = `${REPO_ROOT}tools/deploy/schema/compose-spec.json`;

/**
 * Validate a Compose document (interpolated, merge keys resolved) against
 * the Compose Specification's schema, as `docker compose config` would.
 * Returns one readable line per problem; empty when valid.
 *
 * @example
 * expect(composeSchemaErrors(loadComposeDocument(vars))).toEqual([]);
 */
export function composeSchemaErrors(document: unknown): string[] {
  const schema = z.record(z.string(), z.unknown()).parse(JSON.parse(readFileSync(COMPOSE_SCHEMA_FILE, 'utf8')));
  // The schema names its draft by an https URI Ajv does not register, and uses Compose's own
  // keywords in places; neither changes what an instance must look like.
  const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false });
  const validate = ajv.compile(schema);
  if (validate(document)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`);
}
