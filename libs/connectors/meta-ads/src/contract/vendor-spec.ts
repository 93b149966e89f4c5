import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * Meta's own node specs (facebook-business-sdk-codegen's `api_specs`),
 * copied unchanged into ./specs so the contract test runs in any clone.
 * Throws when they are missing: the contract test fails rather than skips.
 */
export function specDir(): string {
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'specs');
  if (!existsSync(join(dir, 'AdsInsights.json'))) throw new Error(`Meta's node specs are missing from ${dir}`);
  return dir;
}

const Field = z.object({ name: z.string(), type: z.string() });
const Param = z.object({ name: z.string(), type: z.string() });
const Node = z.object({
  fields: z.array(Field),
  apis: z.array(z.object({ method: z.string(), endpoint: z.string().optional(), params: z.array(Param).default([]) })).default([]),
});
export type SpecNode = z.infer<typeof Node>;
const Enums = z.array(z.object({ name: z.string(), node: z.string(), values: z.array(z.string()) }));

export const readNode = (name: string): SpecNode => Node.parse(JSON.parse(readFileSync(join(specDir(), `${name}.json`), 'utf8')));

export function enumValues(name: string): string[] {
  const all = Enums.parse(JSON.parse(readFileSync(join(specDir(), 'enum_types-extract.json'), 'utf8')));
  const found = all.find((e) => e.name === name);
  if (!found) throw new Error(`enum ${name} is not in the spec extract`);
  return found.values;
}

/** A Graph field type as JSON schema: strings, integers, lists of another node (its fields, strings). */
function typeSchema(type: string, nodes: Record<string, SpecNode>): object {
  if (type === 'string') return { type: 'string' };
  if (type === 'int' || type === 'unsigned int') return { type: 'integer', ...(type === 'unsigned int' ? { minimum: 0 } : {}) };
  if (type === 'bool') return { type: 'boolean' };
  const list = /^list<(\w+)>$/.exec(type)?.[1];
  if (list && nodes[list]) return { type: 'array', items: nodeSchema(nodes[list], nodes) };
  if (list === 'string') return { type: 'array', items: { type: 'string' } };
  return {};
}

/** A node's fields as a JSON schema: every property one of its fields, typed as the spec says, nothing else. */
export function nodeSchema(node: SpecNode, nodes: Record<string, SpecNode> = {}): object {
  return {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(node.fields.map((f) => [f.name, typeSchema(f.type, nodes)])),
  };
}
