import reactHooks from 'eslint-plugin-react-hooks';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the workspace's shared lint config, not a project
import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  { ignores: ['dist', 'test-output', 'src/graphql/generated/**'] },
  {
    files: ['**/*.tsx', '**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
];
