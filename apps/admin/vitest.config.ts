import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** Component tests (happy-dom). The browser suite is vitest.browser.config.ts. */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  test: {
    name: 'admin',
    environment: 'happy-dom',
    globals: true,
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    setupFiles: ['src/test/setup.ts'],
    css: false,
  },
});
