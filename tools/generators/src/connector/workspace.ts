import type { Tree } from '@nx/devkit';
import ts from 'typescript';
import { z } from 'zod';
import { initializerOf, parseSource } from './source.js';

/** Where core declares the categories a connector may have. */
export const CORE_MANIFEST = 'libs/core/src/connector/manifest.ts';

const PackageJson = z.looseObject({ version: z.string(), dependencies: z.record(z.string(), z.string()).default({}) });
const JsonObject = z.record(z.string(), z.unknown());

/** A workspace file the generator cannot work without. */
export function readRequired(tree: Tree, path: string): string {
  const text = tree.read(path, 'utf-8');
  if (text === null) throw new Error(`${path} is missing: run the generator from the root of the Tributary workspace`);
  return text;
}

/** A JSON file of the workspace as an object, its keys in file order. */
export function readJsonObject(tree: Tree, path: string): Record<string, unknown> {
  return JsonObject.parse(JSON.parse(readRequired(tree, path)));
}

/** A package.json of the workspace, parsed. */
export function readPackageJson(tree: Tree, path: string): z.infer<typeof PackageJson> {
  return PackageJson.parse(JSON.parse(readRequired(tree, path)));
}

/**
 * The categories core accepts, read from `CATEGORIES` in core's manifest
 * source: the list the platform validates connectors against, so a
 * category added there is accepted here without a second list.
 *
 * @example
 * coreCategories(tree) // ['ads', 'crm', 'payments', ...]
 */
export function coreCategories(tree: Tree): string[] {
  const source = parseSource(CORE_MANIFEST, readRequired(tree, CORE_MANIFEST));
  const list = initializerOf(source, 'CATEGORIES');
  const categories = list && ts.isArrayLiteralExpression(list) ? list.elements.filter(ts.isStringLiteral).map((e) => e.text) : [];
  if (categories.length === 0 || categories.length !== (list && ts.isArrayLiteralExpression(list) ? list.elements.length : 0)) {
    throw new Error(`${CORE_MANIFEST} no longer declares \`export const CATEGORIES = ['...'] as const\`; update the connector generator`);
  }
  return categories;
}

/**
 * The version ranges a new connector depends on: the workspace's own libs
 * at their current versions, and zod at the range core declares (the lint
 * rule on package.json files wants the versions the lockfile holds).
 */
export function dependencyVersions(tree: Tree) {
  const core = readPackageJson(tree, 'libs/core/package.json');
  const zod = core.dependencies['zod'];
  if (!zod) throw new Error('libs/core/package.json declares no zod dependency to align the new connector with');
  return {
    core: `^${core.version}`,
    sandbox: `^${readPackageJson(tree, 'libs/sandbox/package.json').version}`,
    conformance: `^${readPackageJson(tree, 'libs/conformance/package.json').version}`,
    zod,
  };
}
