import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { root } from './lint.js';

const RULE = '@nx/dependency-checks';
const Manifest = z.looseObject({ dependencies: z.record(z.string(), z.string()) });

/** A package's manifest with `edit` applied to its dependencies, linted as that package.json. */
async function lintManifest(eslint: ESLint, path: string, edit: (deps: Record<string, string>) => void): Promise<string[]> {
  const manifest = Manifest.parse(JSON.parse(readFileSync(`${root}${path}`, 'utf8')));
  edit(manifest.dependencies);
  const [result] = await eslint.lintText(`${JSON.stringify(manifest, null, 2)}\n`, { filePath: `${root}${path}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === RULE).map((m) => m.message);
}

describe('every package declares what it imports (@nx/dependency-checks on package.json)', () => {
  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint({ cwd: root });
  });

  it('the packages as committed pass', async () => {
    for (const path of ['apps/gateway/package.json', 'libs/connectors/stripe/package.json', 'libs/sync/package.json']) {
      expect(await lintManifest(eslint, path, () => undefined), path).toEqual([]);
    }
  });

  it('an import the package does not declare fails (the gateway relying on hoisting for @tributary/core)', async () => {
    const found = await lintManifest(eslint, 'apps/gateway/package.json', (deps) => delete deps['@tributary/core']);
    expect(found.join('\n')).toMatch(
      /"gateway" project uses the following packages, but they are missing from "dependencies":\s+- @tributary\/core/,
    );
  });

  it('a connector must declare the sandbox kit its ./sandbox entry imports', async () => {
    const found = await lintManifest(eslint, 'libs/connectors/stripe/package.json', (deps) => delete deps['@tributary/sandbox']);
    expect(found.join('\n')).toMatch(/missing from "dependencies":\s+- @tributary\/sandbox/);
  });

  it('a declared dependency nothing imports fails', async () => {
    const found = await lintManifest(eslint, 'libs/sync/package.json', (deps) => (deps['left-pad'] = '^1.3.0'));
    expect(found.join('\n')).toMatch(/"left-pad" package is not used by "sync"/);
  });

  it('a version range the installed package does not satisfy fails', async () => {
    const found = await lintManifest(eslint, 'libs/sync/package.json', (deps) => (deps['zod'] = '^3.0.0'));
    expect(found.join('\n')).toMatch(/does not contain the installed version of "zod"/);
  });
});
