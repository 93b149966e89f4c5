import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { z } from 'zod';

/** The parts of an installed package.json these checks read. */
export const Manifest = z.looseObject({
  name: z.string().optional(),
  version: z.string().optional(),
  engines: z.looseObject({ node: z.string().optional() }).optional(),
  dependencies: z.record(z.string(), z.string()).optional(),
  optionalDependencies: z.record(z.string(), z.string()).optional(),
});
export type Manifest = z.infer<typeof Manifest>;

/** One installed package: where it sits (from the repository root) and its manifest. */
export interface Installed {
  path: string;
  manifest: Manifest;
}

const HiddenLock = z.looseObject({ packages: z.record(z.string(), z.looseObject({ link: z.boolean().optional() })) });

/**
 * Every package npm installed under node_modules, read from its own package.json.
 * The list of paths is npm's hidden lockfile (node_modules/.package-lock.json,
 * written by `npm ci` and `npm install`: the tree as installed); optional
 * packages for other platforms are listed there but absent, and are skipped.
 */
export function installedPackages(root: string): Installed[] {
  const lock = HiddenLock.parse(JSON.parse(readFileSync(join(root, 'node_modules/.package-lock.json'), 'utf8')));
  // A link is a workspace package: its manifest is checked where it lives, not through node_modules.
  return Object.entries(lock.packages)
    .filter(([path, entry]) => path.includes('node_modules/') && !entry.link && existsSync(join(root, path, 'package.json')))
    .map(([path]) => path)
    .map((path) => ({ path, manifest: Manifest.parse(JSON.parse(readFileSync(join(root, path, 'package.json'), 'utf8'))) }));
}

/**
 * The lowest Node of each alternative of a declared range: `^20.19.0 || ^22.12.0
 * || ^24.0.0` gives 20.19.0, 22.12.0 and 24.0.0. A package must accept each of
 * them (checking only the overall minimum would let a package that wants
 * `^20.19 || >=22.15` through, though it refuses 22.12).
 */
export function floorsOf(range: string): string[] {
  return new semver.Range(range).set.map((comparators) => {
    const floor = semver.minVersion(comparators.map((c) => c.value).join(' '));
    if (!floor) throw new Error(`The range ${range} admits no version`);
    return floor.version;
  });
}

/** Installed packages whose engines.node refuses one of the Node versions the root declares. */
export function engineViolations(rootRange: string, installed: Installed[]): string[] {
  const floors = floorsOf(rootRange);
  return installed.flatMap(({ path, manifest }) => {
    const wanted = manifest.engines?.node;
    if (!wanted) return [];
    const refused = floors.filter((node) => !semver.satisfies(node, wanted));
    return refused.length ? [`${label(path, manifest)} wants node ${wanted}, refusing ${refused.join(', ')}`] : [];
  });
}

/**
 * Installed dependencies outside the range their dependent declares, and
 * required ones not installed at all: an `overrides` entry may pick an older
 * release, never one its parent does not accept, and a hand-edited lockfile
 * may not drop a package. Resolves each dependency as Node does (the nearest
 * node_modules up the tree); specs that are not semver ranges (links,
 * aliases, URLs) are skipped, and so are absent optional dependencies.
 */
export function rangeViolations(installed: Installed[]): string[] {
  const byPath = new Map(installed.map((entry) => [entry.path, entry.manifest]));
  return installed.flatMap(({ path, manifest }) => {
    const optional = manifest.optionalDependencies ?? {};
    return Object.entries({ ...manifest.dependencies, ...optional }).flatMap(([name, spec]) => {
      if (!semver.validRange(spec)) return [];
      const found = resolve(byPath, path, name);
      if (!found) return name in optional ? [] : [`${label(path, manifest)} wants ${name}@${spec}, which is not installed`];
      if (!found.version || semver.satisfies(found.version, spec)) return [];
      return [`${label(path, manifest)} wants ${name}@${spec}, has ${found.version}`];
    });
  });
}

function resolve(byPath: Map<string, Manifest>, from: string, name: string): Manifest | undefined {
  for (let dir = from; ; dir = parentPackage(dir)) {
    const hit = byPath.get(dir ? `${dir}/node_modules/${name}` : `node_modules/${name}`);
    if (hit || !dir) return hit;
  }
}

/** The package directory that holds the node_modules `path` sits in ('' for the root's). */
function parentPackage(path: string): string {
  const at = path.lastIndexOf('/node_modules/');
  return at < 0 ? '' : path.slice(0, at);
}

const label = (path: string, manifest: Manifest) => `${path}@${manifest.version ?? '?'}`;
