import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { importOf, root, violations, withoutCycles } from './lint.js';

/** The rule's message when `tag`'s layer does not allow the import. */
const layer = (tag: string) => new RegExp(`A project tagged with "${tag}" can only depend on libs tagged with`);
const layerOrCycle = (tag: string) => new RegExp(`${layer(tag).source}|Circular dependency`);

describe('module boundaries (DESIGN.md) are enforced by lint', () => {
  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint({ cwd: root });
  });

  it('a connector may import core and the sandbox kit', async () => {
    for (const lib of ['@tributary/core', '@tributary/sandbox']) {
      expect(await violations(eslint, 'libs/connectors/stripe/src/probe.ts', importOf(lib)), lib).toEqual([]);
    }
  });

  it('a connector may not import the database, the pipeline, the catalog or another connector', async () => {
    for (const lib of ['@tributary/db', '@tributary/sync', '@tributary/catalog', '@tributary/connector-salesforce']) {
      const found = await violations(eslint, 'libs/connectors/stripe/src/probe.ts', importOf(lib));
      expect(found.join('\n'), lib).toMatch(layerOrCycle('type:connector'));
    }
  });

  it('core imports nothing but core (not even the vault)', async () => {
    for (const lib of ['@tributary/db', '@tributary/vault', '@tributary/sandbox']) {
      const found = await violations(eslint, 'libs/core/src/probe.ts', importOf(lib));
      expect(found.join('\n'), lib).toMatch(layerOrCycle('type:core'));
    }
  });

  it('db, sync and orchestration are distinct layers: db may not import sync', async () => {
    const found = await violations(eslint, 'libs/db/src/probe.ts', importOf('@tributary/sync'));
    expect(found.join('\n')).toMatch(layerOrCycle('type:db'));
    // sync already imports db, so the rule reports the cycle first; with the cycle set aside the db layer still forbids it.
    const tagsOnly = await withoutCycles('libs/db/src/probe.ts', [['db', 'sync']]);
    expect((await violations(tagsOnly, 'libs/db/src/probe.ts', importOf('@tributary/sync'))).join('\n')).toMatch(layer('type:db'));
  });

  it('each data layer imports only the layers below it', async () => {
    const cases: [string, string, string][] = [
      ['libs/db/src/probe.ts', '@tributary/vault', 'type:db'],
      ['libs/vault/src/probe.ts', '@tributary/db', 'type:vault'],
      ['libs/sync/src/probe.ts', '@tributary/temporal', 'type:sync'],
      ['libs/sync/src/probe.ts', '@tributary/connector-stripe', 'type:sync'],
      ['libs/temporal/src/probe.ts', '@tributary/catalog', 'type:orchestration'],
      ['libs/sandbox/src/probe.ts', '@tributary/db', 'type:sandbox'],
      ['libs/identity/src/probe.ts', '@tributary/sync', 'type:data'],
      ['libs/identity/src/probe.ts', '@tributary/vault', 'type:data'],
    ];
    for (const [path, lib, tag] of cases) {
      expect((await violations(eslint, path, importOf(lib))).join('\n'), `${path} -> ${lib}`).toMatch(layerOrCycle(tag));
    }
    expect(await violations(eslint, 'libs/temporal/src/probe.ts', importOf('@tributary/sync'))).toEqual([]);
    expect(await violations(eslint, 'libs/identity/src/probe.ts', importOf('@tributary/db'))).toEqual([]);
  });

  it('apps reach connectors through the catalog only', async () => {
    const found = await violations(eslint, 'apps/gateway/src/probe.ts', importOf('@tributary/connector-stripe'));
    expect(found.join('\n')).toMatch(layer('type:app'));
    expect(await violations(eslint, 'apps/gateway/src/probe.ts', importOf('@tributary/catalog/sandbox'))).toEqual([]);
  });
});
