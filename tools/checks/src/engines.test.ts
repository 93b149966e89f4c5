import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { engineViolations, floorsOf, installedPackages, rangeViolations, type Installed } from './engines.js';
import { root } from './lint.js';

const RootManifest = z.looseObject({ engines: z.object({ node: z.string() }) });
const declared = RootManifest.parse(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))).engines.node;

/**
 * The overrides that leave a declared range, on purpose (README, Node versions and pinned tools).
 * prisma 7.6+ pins @prisma/dev 0.24.x, whose @prisma/streams-local wants Node
 * 22; the override installs @prisma/dev 0.20.0 (the one prisma 7.5 shipped),
 * used only by `prisma dev`, which Tributary never runs, and gives it the
 * patched hono and @hono/node-server of the same majors instead of its pins.
 */
const DELIBERATE = [
  // codegen's CLI 6.3.1 (7.x needs listr2 10, Node 22.13) with the console's client preset 6.2.0: the CLI's bin
  // already loaded that preset from the console's folder; the override makes its ESM API (codegen.test.ts) do the same.
  'apps/admin/node_modules/@graphql-codegen/cli@6.3.1 wants @graphql-codegen/client-preset@^5.3.0, has 6.2.0',
  'node_modules/prisma@7.10.1 wants @prisma/dev@0.24.17, has 0.20.0',
  'node_modules/prisma/node_modules/@prisma/dev@0.20.0 wants @hono/node-server@1.19.9, has 1.19.',
  'node_modules/prisma/node_modules/@prisma/dev@0.20.0 wants hono@4.11.4, has 4.',
];

const pkg = (path: string, version: string, extra: Partial<Installed['manifest']> = {}): Installed => ({
  path,
  manifest: { name: path.replace(/^.*node_modules\//, ''), version, ...extra },
});

describe('the installed tree accepts every Node the root declares (README, Node versions and pinned tools)', () => {
  const installed = installedPackages(root);

  it('reads the installed tree', () => {
    // Sanity: the walk found the tree (a few hundred packages), not an empty list that passes vacuously.
    expect(installed.length).toBeGreaterThan(500);
    expect(installed.some((p) => p.path === 'node_modules/prisma')).toBe(true);
  });

  it('no installed package wants a newer Node than the lowest of each declared line', () => {
    expect(engineViolations(declared, installed)).toEqual([]);
  });

  it('every installed dependency is in the range its dependent declares, but for the documented @prisma/dev swap', () => {
    expect(rangeViolations(installed).filter((found) => !DELIBERATE.some((known) => found.startsWith(known)))).toEqual([]);
  });
});

describe('floorsOf', () => {
  it('gives the lowest version of each alternative', () => {
    expect(floorsOf('^20.19.0 || ^22.12.0 || ^24.0.0')).toEqual(['20.19.0', '22.12.0', '24.0.0']);
    expect(floorsOf('>=20.19')).toEqual(['20.19.0']);
  });
});

describe('engineViolations', () => {
  const range = '^20.19.0 || ^22.12.0 || ^24.0.0';

  it('names a package that wants Node 22 (what npm ci warns about as EBADENGINE)', () => {
    const found = engineViolations(range, [pkg('node_modules/listr2', '10.2.2', { engines: { node: '>=22.13.0' } })]);
    expect(found).toEqual(['node_modules/listr2@10.2.2 wants node >=22.13.0, refusing 20.19.0, 22.12.0']);
  });

  it('catches a package that accepts the overall minimum but not the floor of a later line', () => {
    const found = engineViolations(range, [pkg('node_modules/x', '1.0.0', { engines: { node: '^20.19 || >=22.15' } })]);
    expect(found).toEqual(['node_modules/x@1.0.0 wants node ^20.19 || >=22.15, refusing 22.12.0']);
  });

  it('passes packages that fit or declare no engine', () => {
    const fits = [pkg('node_modules/a', '1.0.0', { engines: { node: '>=18' } }), pkg('node_modules/b', '1.0.0')];
    expect(engineViolations(range, fits)).toEqual([]);
  });
});

describe('rangeViolations', () => {
  it('resolves a dependency as Node does, nearest node_modules first', () => {
    const tree = [
      pkg('node_modules/parent', '1.0.0', { dependencies: { child: '^2.0.0' } }),
      pkg('node_modules/parent/node_modules/child', '2.1.0'),
      pkg('node_modules/child', '1.0.0'),
    ];
    expect(rangeViolations(tree)).toEqual([]);
  });

  it('names a dependency an override forced outside its parent range', () => {
    const tree = [
      pkg('node_modules/@graphql-tools/utils', '12.1.0', { dependencies: { '@whatwg-node/promise-helpers': '^2.0.0' } }),
      pkg('node_modules/@whatwg-node/promise-helpers', '1.3.2'),
    ];
    expect(rangeViolations(tree)).toEqual([
      'node_modules/@graphql-tools/utils@12.1.0 wants @whatwg-node/promise-helpers@^2.0.0, has 1.3.2',
    ]);
  });

  it('skips specs that are not ranges and optional dependencies that are not installed (other platforms)', () => {
    const tree = [
      pkg('node_modules/a', '1.0.0', { dependencies: { b: 'npm:c@1.0.0', d: 'file:../d' }, optionalDependencies: { e: '^1.0.0' } }),
    ];
    expect(rangeViolations(tree)).toEqual([]);
  });

  it('names a required dependency that is not installed (a lockfile that lost an entry)', () => {
    const tree = [pkg('node_modules/graphql-yoga', '5.24.1', { dependencies: { '@whatwg-node/server': '^0.11.0' } })];
    expect(rangeViolations(tree)).toEqual(['node_modules/graphql-yoga@5.24.1 wants @whatwg-node/server@^0.11.0, which is not installed']);
  });
});
