import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

/**
 * Module boundaries from DESIGN.md, enforced: a connector imports only core
 * (and testing in its tests); connectors never import each other; libs
 * never import apps; the admin app imports no server lib.
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
              // Tools may import apps (tools/deploy checks docker-compose.yml against the apps' environment schemas).
              onlyDependOnLibsWithTags: ['type:core', 'type:data', 'type:catalog', 'type:testing', 'type:connector', 'type:app'],
            },
            { sourceTag: 'scope:browser', onlyDependOnLibsWithTags: ['scope:browser'] },
          ],
        },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
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
