import reactHooks from 'eslint-plugin-react-hooks';
// eslint-disable-next-line @nx/enforce-module-boundaries -- the workspace's shared lint config, not a project
import baseConfig, { dependencyChecks } from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  { ignores: ['dist', 'test-output', 'src/graphql/generated/**'] },
  {
    files: ['**/*.tsx', '**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Peer dependencies of @mantine/dates and @mantine/charts, which the console installs but never imports itself.
    files: ['package.json'],
    rules: { '@nx/dependency-checks': dependencyChecks(['dayjs', 'recharts']) },
  },
];
