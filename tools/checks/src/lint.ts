import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { z } from 'zod';

export const root = fileURLToPath(new URL('../../..', import.meta.url));
export const RULE = '@nx/enforce-module-boundaries';

/** Lint a snippet as if it were a file at `path` (from the repository root), and return the boundary violations. */
export async function violations(eslint: ESLint, path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === RULE).map((m) => m.message);
}

/** A probe module that imports `specifier` and uses it. */
export const importOf = (specifier: string): string => `import * as m from '${specifier}';\nexport const x = m;\n`;

const RuleEntry = z.tuple([z.union([z.string(), z.number()]), z.record(z.string(), z.unknown())]);

/**
 * The workspace's own boundary rule for `path`, with the given project
 * cycles set aside. The rule reports a cycle before it looks at tags, so
 * this is how a test shows that the tags alone forbid an import that also
 * closes a cycle (db -> sync).
 */
export async function withoutCycles(path: string, cycles: [string, string][]): Promise<ESLint> {
  const base = new ESLint({ cwd: root });
  const [severity, options] = RuleEntry.parse((await base.calculateConfigForFile(`${root}${path}`)).rules[RULE]);
  return new ESLint({
    cwd: root,
    overrideConfig: { files: [path], rules: { [RULE]: [severity, { ...options, ignoredCircularDependencies: cycles }] } },
  });
}
