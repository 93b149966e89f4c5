import nx from '@nx/eslint-plugin';
import jsoncParser from 'jsonc-eslint-parser';
import tseslint from 'typescript-eslint';

/** A string or template that starts like an SQL statement (keywords in capitals, as this codebase writes SQL). */
const SQL = String.raw`/^\s*(SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|ALTER|DROP|TRUNCATE|LOCK|COPY)\s/`;
const NO_SQL = 'Raw SQL belongs in libs/db: add a repository function there (with its test) and call it.';

/**
 * Module boundaries from DESIGN.md, as layers: what each tag's product code
 * may import. core imports nothing of ours; db, sync and orchestration are
 * separate layers, each above the last; connectors import core and the
 * sandbox kit, never each other; apps reach connectors through the catalog;
 * the admin app imports no server lib; no raw SQL outside libs/db.
 * tools/checks proves these bite.
 */
const PRODUCT = [
  'type:core',
  'type:vault',
  'type:db',
  'type:data',
  'type:sync',
  'type:orchestration',
  'type:sandbox',
  'type:connector',
  'type:catalog',
];
const LAYERS = {
  'type:core': ['type:core'],
  'type:vault': ['type:core', 'type:vault'],
  'type:db': ['type:core', 'type:db'],
  // Data libs (libs/identity) derive tables from the canonical ones with set-based SQL; the pipeline runs them after a sync.
  'type:data': ['type:core', 'type:db', 'type:data'],
  'type:sync': ['type:core', 'type:vault', 'type:db', 'type:data', 'type:sync'],
  'type:orchestration': ['type:core', 'type:db', 'type:data', 'type:sync', 'type:orchestration'],
  'type:sandbox': ['type:core', 'type:sandbox'],
  'type:connector': ['type:core', 'type:sandbox'],
  'type:catalog': ['type:core', 'type:sandbox', 'type:connector', 'type:catalog'],
  'type:app': PRODUCT.filter((tag) => tag !== 'type:connector'),
  // The test kit sits above every product lib and is never imported by one.
  'type:conformance': [...PRODUCT, 'type:conformance'],
  // Tools may import apps (tools/deploy checks docker-compose.yml against the apps' environment schemas).
  'type:tool': [...PRODUCT, 'type:conformance', 'type:tool', 'type:app'],
};
/** The test kit: test code of any layer may import it on top of that layer's own imports. */
const TEST_KIT = ['type:sandbox', 'type:conformance'];
/** Test code: tests, a lib's ./testing helpers, end-to-end suites and vitest configs. */
const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx', '**/src/testing/**', '**/src/e2e/**', '**/e2e/**', '**/vitest*.config.ts'];

/** Vitest configs extend the root vitest.shared.ts, which belongs to no project (a regular expression on the import). */
const VITEST_SHARED = '^(\\.\\./)+vitest\\.shared\\.js$';

/** The boundary rule for product code, or (testKit) for test code. */
function boundaries({ testKit }) {
  const depConstraints = Object.entries(LAYERS).map(([sourceTag, allowed]) => ({
    sourceTag,
    onlyDependOnLibsWithTags: testKit ? [...new Set([...allowed, ...TEST_KIT])] : allowed,
  }));
  depConstraints.push({ sourceTag: 'scope:browser', onlyDependOnLibsWithTags: ['scope:browser'] });
  const allow = testKit ? [VITEST_SHARED] : [];
  return ['error', { enforceBuildableLibDependency: false, allow, banTransitiveDependencies: false, depConstraints }];
}

/** Nx's dependency-checks rule: a package.json must list what the project's build inputs import, at versions that match the lockfile. */
export function dependencyChecks(ignoredDependencies = []) {
  return ['error', { ignoredFiles: ['{projectRoot}/vite.config.ts'], ignoredDependencies }];
}

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    ignores: [
      '**/dist',
      '**/out-tsc',
      '**/node_modules',
      '**/.nx',
      '**/.data',
      '**/generated/**',
      '**/vite.config.*.timestamp*',
      '**/vitest.config.*.timestamp*',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.mjs'],
    rules: {
      '@nx/enforce-module-boundaries': boundaries({ testKit: false }),
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Raw SQL only in libs/db (repositories, bulk upsert, migrations) and the data libs (libs/identity: set-based
    // resolution and attribution over the canonical tables); app tests may inspect the database.
    // Core and connectors are left out: their SELECTs are vendor query languages (SOQL, GAQL),
    // and the boundary rules above already keep them from the database.
    // tools/checks/src/no-raw-sql.test.ts proves the rule bites.
    files: ['libs/**/*.ts', 'apps/*/src/**/*.ts', 'apps/*/src/**/*.tsx'],
    ignores: [
      'libs/db/**',
      'libs/identity/**',
      'libs/core/**',
      'libs/connectors/**',
      'apps/*/src/**/*.test.ts',
      'apps/*/src/**/*.test.tsx',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: `Literal[value=${SQL}]`, message: NO_SQL },
        { selector: `TemplateLiteral > TemplateElement:first-child[value.raw=${SQL}]`, message: NO_SQL },
        { selector: String.raw`MemberExpression[property.name=/^\$(query|execute)Raw(Unsafe)?$/]`, message: NO_SQL },
      ],
    },
  },
  {
    // Test code may also import the test kit (the sandbox kit and the conformance suite), which sits above the product libs.
    files: TEST_FILES,
    rules: { '@nx/enforce-module-boundaries': boundaries({ testKit: true }) },
  },
  {
    // Every package declares what its built code imports (no reliance on workspace hoisting), at the installed versions.
    files: ['**/package.json'],
    languageOptions: { parser: jsoncParser },
    rules: { '@nx/dependency-checks': dependencyChecks() },
  },
  {
    // The Prisma client generated into src/generated (not in git, so not in Nx's file map) imports @prisma/client at runtime.
    files: ['libs/db/package.json'],
    rules: { '@nx/dependency-checks': dependencyChecks(['@prisma/client']) },
  },
  {
    // src/cli/print-schema.ts is a command for a checkout (nx run gateway:print-schema): it formats with the repository's prettier, a devDependency.
    files: ['apps/gateway/package.json'],
    rules: { '@nx/dependency-checks': dependencyChecks(['prettier']) },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tseslint.parser },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
];
