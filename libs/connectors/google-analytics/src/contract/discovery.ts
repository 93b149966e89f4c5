import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * Google's discovery documents for the Data and Admin APIs, copied
 * unchanged into ./specs so the contract test runs in any clone; missing
 * documents fail the test.
 */
function specDir(): string {
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'specs');
  if (!existsSync(join(dir, 'analyticsdata-v1beta.json'))) throw new Error(`Google's discovery documents are missing from ${dir}`);
  return dir;
}

const Discovery = z.object({ schemas: z.record(z.string(), z.record(z.string(), z.unknown())) });

/** A discovery schema node rewritten as JSON Schema: `$ref: "Name"` -> a definition, `any` untyped, objects closed to unknown fields. */
function rewrite(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewrite);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string') out['$ref'] = `#/definitions/${value}`;
    // Discovery's `type: "any"` is JSON Schema's absence of a type.
    else if (key === 'type' && value === 'any') continue;
    else if (key !== 'id' && key !== 'description') out[key] = rewrite(value);
  }
  if (out['properties'] && out['additionalProperties'] === undefined) out['additionalProperties'] = false;
  return out;
}

/**
 * A JSON Schema for one of a discovery document's schemas, with every
 * schema of the document as a definition.
 *
 * @example
 * ajv.compile(discoverySchema('analyticsdata-v1beta.json', 'RunReportRequest'))
 */
export function discoverySchema(file: string, name: string): Record<string, unknown> {
  const doc = Discovery.parse(JSON.parse(readFileSync(join(specDir(), file), 'utf8')));
  if (!doc.schemas[name]) throw new Error(`${file} has no schema ${name}`);
  const definitions = Object.fromEntries(Object.entries(doc.schemas).map(([k, v]) => [k, rewrite(v)]));
  return { $ref: `#/definitions/${name}`, definitions };
}
