import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

/** A string or template that starts like an SQL statement (keywords in capitals, as this codebase writes SQL). */
const SQL = String.raw`/^\s*(SELECT|INSERT|UPDATE|DELETE|WITH|CREATE|ALTER|DROP|TRUNCATE|LOCK|COPY)\s/`;
const NO_SQL = 'Raw SQL belongs in libs/db: add a repository function there (with its test) and call it.';

/**
 * Module boundaries from DESIGN.md, enforced: a connector imports only core
 * (and testing in its tests); connectors never import each other; libs
 * never import apps; the admin app imports no server lib; no raw SQL outside
 * libs/db.
 */
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
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          banTransitiveDependencies: false,
          depConstraints: [
            { sourceTag: 'type:core', onlyDependOnLibsWithTags: ['type:core'] },
            { sourceTag: 'type:connector', onlyDependOnLibsWithTags: ['type:core', 'type:testing'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:core', 'type:data', 'type:testing'] },
            { sourceTag: 'type:data', onlyDependOnLibsWithTags: ['type:core', 'type:data', 'type:testing'] },
            { sourceTag: 'type:catalog', onlyDependOnLibsWithTags: ['type:core', 'type:connector'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:core', 'type:data', 'type:catalog', 'type:testing'] },
            {
              sourceTag: 'type:tool',
              onlyDependOnLibsWithTags: ['type:core', 'type:data', 'type:catalog', 'type:testing', 'type:connector'],
            },
            { sourceTag: 'scope:browser', onlyDependOnLibsWithTags: ['scope:browser'] },
          ],
        },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Raw SQL only in libs/db (repositories, bulk upsert, migrations); app tests may inspect the database.
    // Core and connectors are left out: their SELECTs are vendor query languages (SOQL, GAQL),
    // and the boundary rules above already keep them from the database.
    // tools/checks/src/no-raw-sql.test.ts proves the rule bites.
    files: ['libs/**/*.ts', 'apps/*/src/**/*.ts', 'apps/*/src/**/*.tsx'],
    ignores: ['libs/db/**', 'libs/core/**', 'libs/connectors/**', 'apps/*/src/**/*.test.ts', 'apps/*/src/**/*.test.tsx'],
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
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tseslint.parser },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
];
