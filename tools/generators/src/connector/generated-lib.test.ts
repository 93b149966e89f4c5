import { workspaceRoot } from '@nx/devkit';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectorCodeLines } from '../testing/connector-lines.js';
import { copyWorkspace, type WorkspaceCopy } from '../testing/workspace-copy.js';

/** Generous: on a busy 2-core machine each step runs Nx over the whole workspace, the second also two conformance suites. */
const SLOW = 10 * 60_000;

/** Ids no one would give a real connector, so a lib generated in this checkout by hand does not collide with them. */
const GENERATED = [
  { id: 'sample-key', options: ['--auth', 'api_key', '--category', 'crm'] },
  { id: 'sample-oauth', options: ['--auth', 'oauth2', '--category', 'meetings', '--name', 'Sample OAuth'] },
];

/**
 * The generator in a copy of this workspace, end to end: it writes an
 * API-key and an OAuth connector, and they pass lint, typecheck, build and
 * test at once, with the catalog that now lists them. npm install is left
 * out (--skipInstall) and the link it would make is made here: installing
 * into a copy of 90,000 files would take most of this test's time, and the
 * lint rule on package.json already checks the versions against the lockfile.
 */
describe('a generated connector, in a copy of the workspace', () => {
  let ws: WorkspaceCopy;
  beforeAll(() => {
    ws = copyWorkspace(workspaceRoot);
  });
  afterAll(() => ws?.remove());

  it(
    'is written with its catalog entries and the project references nx sync wants, under 150 lines of connector code',
    async () => {
      for (const { id, options } of GENERATED) {
        await ws.nx(['g', '@tributary/tools:connector', id, ...options, '--skipInstall', '--no-interactive']);
        ws.link(`@tributary/connector-${id}`, `libs/connectors/${id}`);
      }
      expect(await ws.nx(['sync:check'])).toMatch(/up to date/);
      for (const { id } of GENERATED) {
        const lines = connectorCodeLines(join(ws.root, 'libs/connectors', id));
        expect(lines, `${id}: ${lines} lines of connector code`).toBeLessThan(150);
      }
    },
    SLOW,
  );

  it(
    'passes lint, typecheck, build and test at once, with the catalog',
    async () => {
      const projects = [...GENERATED.map(({ id }) => `connector-${id}`), 'catalog'];
      // Dependencies are not rebuilt as tasks of their own: `tsc --build` builds any referenced project that is out of date.
      const targets = ['run-many', '-t', 'lint,typecheck,build,test', '-p', projects.join(','), '--excludeTaskDependencies'];
      const output = await ws.nx([...targets, '--outputStyle=static']);
      expect(output).toMatch(/Successfully ran targets lint, typecheck, build, test for 3 projects/);
      // The conformance suite ran (7 tests) against each generated sandbox.
      expect(output.match(/src\/e2e\/conformance\.test\.ts \(7 tests\)/g)).toHaveLength(2);
    },
    SLOW,
  );
});
