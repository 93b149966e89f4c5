import { readJson, workspaceRoot, type Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { connectorGenerator } from './generator.js';
import { initializerOf, parseSource } from './source.js';

const install = vi.hoisted(() => vi.fn());
vi.mock('@nx/devkit', async (original) => ({ ...(await original<typeof import('@nx/devkit')>()), installPackagesTask: install }));

/** The workspace files the generator reads or edits, as they are in this checkout. */
const SEEDED = [
  'tsconfig.json',
  'libs/core/package.json',
  'libs/core/src/connector/manifest.ts',
  'libs/sandbox/package.json',
  'libs/conformance/package.json',
];
/**
 * The catalog as it stood with three connectors (fixtures/catalog): the
 * expectations below name its entries, so they must not follow the live
 * catalog, which grows with every connector.
 */
const CATALOG_FIXTURES: Record<string, string> = {
  'libs/catalog/package.json': 'package.json.txt',
  'libs/catalog/tsconfig.lib.json': 'tsconfig.lib.json.txt',
  'libs/catalog/src/index.ts': 'src/index.ts.txt',
  'libs/catalog/src/sandbox.ts': 'src/sandbox.ts.txt',
};
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'catalog');

const LAYOUT = [
  'CHANGELOG.md',
  'README.md',
  'package.json',
  'src/api.ts',
  'src/connector.ts',
  'src/e2e/conformance.test.ts',
  'src/errors.test.ts',
  'src/errors.ts',
  'src/index.ts',
  'src/mappings.ts',
  'src/sandbox/contacts.ts',
  'src/sandbox/errors.ts',
  'src/sandbox/index.ts',
  'src/sandbox/sandbox.ts',
  'src/sandbox/simulator.test.ts',
  'src/sandbox/simulator.ts',
  'src/streams/contacts.test.ts',
  'src/streams/contacts.ts',
  'src/testing/conformance-target.ts',
  'src/testing/connect.ts',
  'src/testing/index.ts',
  'tsconfig.json',
  'tsconfig.lib.json',
  'tsconfig.spec.json',
  'vitest.config.ts',
  'vitest.services.config.ts',
];

let tree: Tree;
beforeEach(() => {
  tree = createTreeWithEmptyWorkspace();
  for (const path of SEEDED) tree.write(path, readFileSync(join(workspaceRoot, path), 'utf8'));
  for (const [path, fixture] of Object.entries(CATALOG_FIXTURES)) tree.write(path, readFileSync(join(FIXTURES, fixture), 'utf8'));
  install.mockClear();
});

const generate = (id: string, auth: string, more: Record<string, unknown> = {}) =>
  connectorGenerator(tree, { id, auth, category: 'crm', skipFormat: true, ...more });
const filesOf = (root: string, dir = ''): string[] =>
  tree
    .children(join(root, dir))
    .flatMap((c) => (tree.isFile(join(root, dir, c)) ? [join(dir, c)] : filesOf(root, join(dir, c))))
    .sort();
const read = (path: string) => tree.read(path, 'utf8') ?? '';
/** The entries of a literal in a catalog file: array elements, or object keys. */
function entriesOf(path: string, name: string): string[] {
  const source = parseSource(path, read(path));
  const literal = initializerOf(source, name);
  if (literal && ts.isArrayLiteralExpression(literal)) return literal.elements.map((e) => e.getText(source));
  if (literal && ts.isObjectLiteralExpression(literal)) return literal.properties.map((p) => p.name?.getText(source) ?? '');
  return [];
}

describe('the connector generator', () => {
  it('writes an api_key connector in the layout every connector shares, every template filled', async () => {
    await generate('acme-crm', 'api_key', { name: 'Acme & Co' });
    const root = 'libs/connectors/acme-crm';
    expect(filesOf(root)).toEqual(LAYOUT);
    for (const file of LAYOUT) expect(read(join(root, file)), file).not.toMatch(/<%|%>|TODO/);
    const pkg = readJson(tree, `${root}/package.json`);
    expect(pkg).toMatchObject({
      name: '@tributary/connector-acme-crm',
      nx: { name: 'connector-acme-crm', tags: ['type:connector'] },
      dependencies: {
        '@tributary/core': '^0.1.0',
        '@tributary/sandbox': '^0.1.0',
        zod: readJson(tree, 'libs/core/package.json').dependencies.zod,
      },
      peerDependenciesMeta: { '@tributary/conformance': { optional: true } },
    });
    expect(Object.keys(pkg.exports)).toEqual(['.', './sandbox', './testing', './package.json']);
    const connector = read(`${root}/src/connector.ts`);
    expect(connector).toContain("export const acmeCrm = defineConnector({\n  id: 'acme-crm',\n  name: 'Acme & Co',");
    expect(connector).toContain("type: 'api_key'");
    expect(read(`${root}/src/streams/contacts.ts`)).toMatch(/defineStream\(\{[\s\S]*incremental: \{ type: 'updatedSince'/);
    expect(read(`${root}/vitest.config.ts`)).toContain("unitTests('connector-acme-crm')");
    const readme = read(`${root}/README.md`);
    for (const section of ['What it syncs', 'Auth setup and scopes', 'Rate limits', 'Sandbox behaviour', 'Facts and sources']) {
      expect(readme).toContain(`\n## ${section}\n`);
    }
  });

  it('writes an oauth2 connector: an OAuth auth spec and config, and the OAuth simulator with its consent screen in the sandbox', async () => {
    await generate('acme', 'oauth2');
    const root = 'libs/connectors/acme';
    expect(filesOf(root)).toEqual([...LAYOUT, 'src/sandbox/oauth.ts'].sort());
    expect(read(`${root}/src/connector.ts`)).toMatch(/export const AcmeConfig = OAuthConfig;[\s\S]*type: 'oauth2',[\s\S]*pkce: true/);
    expect(read(`${root}/src/sandbox/oauth.ts`)).toContain('createOAuthSimulator({');
    expect(read(`${root}/src/sandbox/sandbox.ts`)).toContain('registerOAuthClient(redirectUri)');
    expect(read(`${root}/src/testing/connect.ts`)).toContain('exchangeCode(');
    expect(read(`${root}/src/errors.ts`)).toContain('new AuthExpiredError(');
  });

  it('adds each connector to the catalog in id order, with its sandbox, dependency and project references', async () => {
    await generate('hubspot', 'oauth2');
    await generate('acme', 'api_key');
    expect(entriesOf('libs/catalog/src/index.ts', 'CONNECTORS')).toEqual(['acme', 'googleAds', 'hubspot', 'salesforce', 'stripe']);
    expect(read('libs/catalog/src/index.ts')).toContain("import { hubspot } from '@tributary/connector-hubspot';");
    expect(entriesOf('libs/catalog/src/sandbox.ts', 'SANDBOX_FACTORIES')).toEqual([
      'acme',
      "'google-ads'",
      'hubspot',
      'salesforce',
      'stripe',
    ]);
    const sandboxes = read('libs/catalog/src/sandbox.ts');
    expect(sandboxes).toContain("import { createAcmeSandbox } from '@tributary/connector-acme/sandbox';");
    expect(sandboxes).toContain('acme: () => createAcmeSandbox()');
    expect(sandboxes).toContain('hubspot: (at) => createHubspotSandbox(at.tokenSecret ? { tokenSecret: at.tokenSecret } : {})');
    // A comment stays with the entry it was written for.
    expect(sandboxes).toMatch(/\/\/ instance_url in the sandbox's token response[^\n]*\n\s*salesforce:/);
    expect(Object.keys(readJson(tree, 'libs/catalog/package.json').dependencies)).toEqual([
      '@tributary/connector-acme',
      '@tributary/connector-google-ads',
      '@tributary/connector-hubspot',
      '@tributary/connector-salesforce',
      '@tributary/connector-stripe',
      '@tributary/core',
    ]);
    const paths = (file: string) => readJson(tree, file).references.map((r: { path: string }) => r.path);
    expect(paths('tsconfig.json')).toEqual(expect.arrayContaining(['./libs/connectors/acme', './libs/connectors/hubspot']));
    expect(paths('libs/catalog/tsconfig.lib.json').slice(-2)).toEqual([
      '../connectors/hubspot/tsconfig.lib.json',
      '../connectors/acme/tsconfig.lib.json',
    ]);
  });

  it('runs npm install afterwards to link the new package, unless told not to', async () => {
    (await generate('acme', 'api_key'))?.();
    expect(install).toHaveBeenCalledWith(tree, true);
    install.mockClear();
    (await generate('beta', 'api_key', { skipInstall: true }))?.();
    expect(install).not.toHaveBeenCalled();
  });

  it('refuses an id that exists, and writes nothing', async () => {
    await generate('acme', 'api_key');
    const catalog = read('libs/catalog/src/index.ts');
    await expect(generate('acme', 'oauth2')).rejects.toThrow(
      'A connector "acme" already exists (libs/connectors/acme, project connector-acme)',
    );
    expect(read('libs/catalog/src/index.ts')).toBe(catalog);
    tree.write('libs/connectors/stray/README.md', '# not a project yet');
    await expect(generate('stray', 'api_key')).rejects.toThrow(/already exists/);
  });

  it('validates the id (kebab-case, 2-40 characters), the auth and the category (from core)', async () => {
    for (const id of ['Acme', 'acme_crm', '1acme', 'acme-', 'a', 'x'.repeat(41), 'acme--crm']) {
      await expect(generate(id, 'api_key'), id).rejects.toThrow(/id/);
    }
    await expect(generate('acme', 'basic')).rejects.toThrow('auth is oauth2 or api_key');
    await expect(generate('acme', 'api_key', { category: 'erp' })).rejects.toThrow(
      'Unknown category "erp". Core\'s categories: ads, crm, payments',
    );
    expect(tree.exists('libs/connectors/acme')).toBe(false);
  });
});
