import { defineConfig, mergeConfig, type ViteUserConfig } from 'vitest/config';

/**
 * The vitest base every package's vitest.config.ts and
 * vitest.services.config.ts extends, so that a suite's settings differ from
 * another's only where the suite does (its name, timeouts, which files).
 * Typechecked through tsconfig.vitest.json, which each tsconfig.spec.json references.
 */
type TestOptions = NonNullable<ViteUserConfig['test']>;

/** Workspace packages resolve to their TypeScript sources (the `@tributary/source` export condition), so tests need no build. */
const SOURCES: ViteUserConfig = {
  resolve: { conditions: ['@tributary/source'] },
  ssr: { resolve: { conditions: ['@tributary/source'] } },
};

/**
 * A package's Node suite (`npm test`): the `*.test.ts` files beside the code in src,
 * without the `*.integration.test.ts` files that need real services.
 *
 * @example
 * export default unitTests('core');
 * export default unitTests('temporal', { testTimeout: 60_000 });
 */
export function unitTests(name: string, test: TestOptions = {}, vite: ViteUserConfig = {}): ViteUserConfig {
  return defineConfig({
    ...mergeConfig(SOURCES, vite),
    test: {
      name,
      environment: 'node',
      include: ['src/**/*.test.ts'],
      exclude: ['src/**/*.integration.test.ts'],
      testTimeout: 30_000,
      hookTimeout: 120_000,
      ...test,
    },
  });
}

/**
 * A package's services suite (`npm run test:services`, which starts
 * PostgreSQL, stripe-mock and Temporal): `*.integration.test.ts` by default,
 * with the database suites on the PostgreSQL server instead of PGlite.
 *
 * @example
 * export default servicesTests('db', { include: ['src/bulk-upsert.test.ts'] });
 */
export function servicesTests(name: string, test: TestOptions = {}, vite: ViteUserConfig = {}): ViteUserConfig {
  return defineConfig({
    ...mergeConfig(SOURCES, vite),
    test: {
      name: `${name}:services`,
      environment: 'node',
      include: ['src/**/*.integration.test.ts'],
      env: { TRIBUTARY_DB_TARGET: 'server' },
      testTimeout: 120_000,
      hookTimeout: 120_000,
      ...test,
    },
  });
}
