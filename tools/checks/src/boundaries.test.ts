import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const RULE = '@nx/enforce-module-boundaries';

/** Lint a snippet as if it were a file at `path`, and return the boundary violations. */
async function violations(eslint: ESLint, path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === RULE).map((m) => m.message);
}

describe('module boundaries (DESIGN.md) are enforced by lint', () => {
  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint({ cwd: root });
  });

  it('a connector may import core', async () => {
    expect(
      await violations(eslint, 'libs/connectors/stripe/src/probe.ts', "import { z } from '@tributary/core';\nexport const x = z;\n"),
    ).toEqual([]);
  });

  it('a connector may not import the database, the pipeline or the catalog', async () => {
    for (const lib of ['@tributary/db', '@tributary/sync', '@tributary/catalog']) {
      const found = await violations(eslint, 'libs/connectors/stripe/src/probe.ts', `import * as m from '${lib}';\nexport const x = m;\n`);
      expect(found.join('\n'), lib).toMatch(/type:connector.*can only depend on|Circular dependency/);
    }
  });

  it('core imports nothing but core', async () => {
    const found = await violations(eslint, 'libs/core/src/probe.ts', "import * as m from '@tributary/db';\nexport const x = m;\n");
    expect(found.join('\n')).toMatch(/type:core.*can only depend on|Circular dependency/);
  });

  it('data libs may not import connectors or the catalog', async () => {
    const found = await violations(
      eslint,
      'libs/sync/src/probe.ts',
      "import * as m from '@tributary/connector-stripe';\nexport const x = m;\n",
    );
    expect(found.join('\n')).toMatch(/type:data.*can only depend on|Circular dependency/);
  });
});
