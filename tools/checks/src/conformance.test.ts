import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { importOf, root, violations } from './lint.js';

const CONFORMANCE = importOf('@tributary/conformance');

describe('the conformance suite is test-only: no product code may import it', () => {
  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint({ cwd: root });
  });

  it('product code of a connector, the catalog, the pipeline or an app may not import it', async () => {
    const product: [string, string][] = [
      ['libs/connectors/stripe/src/probe.ts', 'type:connector'],
      ['libs/connectors/stripe/src/sandbox/probe.ts', 'type:connector'],
      ['libs/catalog/src/probe.ts', 'type:catalog'],
      ['libs/temporal/src/probe.ts', 'type:orchestration'],
      ['apps/gateway/src/probe.ts', 'type:app'],
      ['apps/worker/src/probe.ts', 'type:app'],
    ];
    for (const [path, tag] of product) {
      const found = await violations(eslint, path, CONFORMANCE);
      expect(found.join('\n'), path).toMatch(new RegExp(`A project tagged with "${tag}" can only depend on libs tagged with`));
    }
  });

  it('tests, ./testing helpers and end-to-end suites may import it', async () => {
    const tests = [
      'libs/connectors/stripe/src/probe.test.ts',
      'libs/connectors/stripe/src/testing/probe.ts',
      'libs/connectors/stripe/src/e2e/probe.test.ts',
      'libs/temporal/src/workflows/probe.integration.test.ts',
      'apps/gateway/src/test/probe.test.ts',
    ];
    for (const path of tests) expect(await violations(eslint, path, CONFORMANCE), path).toEqual([]);
  });

  it('the conformance suite may import the product libs it drives', async () => {
    for (const lib of ['@tributary/sync', '@tributary/db', '@tributary/sandbox', '@tributary/core']) {
      expect(await violations(eslint, 'libs/conformance/src/probe.ts', importOf(lib)), lib).toEqual([]);
    }
  });
});
