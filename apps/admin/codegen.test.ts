import { generate } from '@graphql-codegen/cli';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import config from './codegen.js';

const ADMIN_DIR = import.meta.dirname;
const GENERATED = join(ADMIN_DIR, 'src/graphql/generated');

/** What `npx nx codegen admin` would write (codegen, then its prettier hook), generated in memory: no network, no files touched. */
async function regenerate(): Promise<Map<string, string>> {
  const outputs = await generate({ ...config, cwd: ADMIN_DIR, hooks: {}, silent: true, verbose: false }, false);
  const files = new Map<string, string>();
  for (const output of outputs) {
    const path = join(ADMIN_DIR, output.filename);
    const options = await resolveConfig(path);
    files.set(path, await format(output.content, { ...options, filepath: path }));
  }
  return files;
}

describe('src/graphql/generated', () => {
  it('is what codegen makes of apps/gateway/schema.graphql and the documents now', async () => {
    const expected = await regenerate();
    const committed = (await readdir(GENERATED)).map((name) => join(GENERATED, name));
    const stale = [];
    for (const path of new Set([...expected.keys(), ...committed])) {
      const want = expected.get(path);
      const have = await readFile(path, 'utf8').catch(() => undefined);
      if (want !== have)
        stale.push(
          `${relative(ADMIN_DIR, path)} (${want === undefined ? 'no longer generated' : have === undefined ? 'missing' : 'differs'})`,
        );
    }
    expect(stale, 'The generated GraphQL types are stale: run `npx nx codegen admin` and commit src/graphql/generated').toEqual([]);
  }, 60_000);
});
