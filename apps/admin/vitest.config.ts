import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** Component tests (happy-dom), and the generated-types check (node). The browser suite is vitest.browser.config.ts. */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'admin',
          environment: 'happy-dom',
          globals: true,
          include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
          setupFiles: ['src/test/setup.ts'],
          css: false,
          // Mantine under happy-dom takes seconds per interaction test on a busy machine; 5 s flakes.
          testTimeout: 15_000,
        },
      },
      // Fails when src/graphql/generated is stale against apps/gateway/schema.graphql or the documents (offline: codegen in memory).
      { extends: true, test: { name: 'admin:codegen', environment: 'node', include: ['codegen.test.ts'] } },
    ],
  },
});
