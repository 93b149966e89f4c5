import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The gateway the dev server proxies to (`npm start` listens on 3000). */
const gateway = process.env['TRIBUTARY_GATEWAY_URL'] ?? 'http://127.0.0.1:3000';
/** The gateway's public URL (its `PUBLIC_URL`, else where it listens): OAuth redirect URIs start with it. */
const publicUrl = (process.env['PUBLIC_URL'] ?? gateway).replace(/\/+$/, '');

export default defineConfig(({ command }) => ({
  root: import.meta.dirname,
  plugins: [react()],
  // Served by the gateway, the console is on the gateway's own origin; under the dev server it is not (src/lib/gateway-url.ts).
  define: command === 'serve' ? { 'import.meta.env.VITE_GATEWAY_URL': JSON.stringify(publicUrl) } : {},
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': { target: gateway, changeOrigin: false },
      '/api': { target: gateway, changeOrigin: false },
      '/sandbox': { target: gateway, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      output: {
        // Libraries in chunks of their own: they change less often than the app, so browsers keep them cached.
        manualChunks(id) {
          if (!id.includes('/node_modules/')) return undefined;
          // Charts stay with the dashboard, which loads them on first visit.
          if (/\/node_modules\/(@mantine\/charts|recharts|d3-[a-z-]+|victory-vendor)\//.test(id)) return 'charts';
          if (/\/node_modules\/(react|react-dom|scheduler)\//.test(id)) return 'react';
          if (id.includes('/node_modules/@mantine/') || id.includes('/node_modules/@floating-ui/')) return 'mantine';
          if (id.includes('/node_modules/@tanstack/')) return 'tanstack';
          return undefined;
        },
      },
      // zod's sources carry comments Rollup cannot place; harmless, and not ours to fix.
      onwarn(warning, warn) {
        if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
      },
    },
  },
}));
