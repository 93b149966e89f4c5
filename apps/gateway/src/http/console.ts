import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { GatewayRuntime } from '../runtime.js';
import type { GatewayEnv } from './auth-middleware.js';

/** The admin build of this checkout (`apps/admin/dist`), from `src/http` and from `dist/http` alike. */
export const DEFAULT_CONSOLE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../admin/dist');

/** Paths that belong to the gateway: never answered with the console's index.html. */
const GATEWAY_PATHS = /^\/(api|graphql|sandbox|healthz|readyz|metrics)(\/|$)/;

/**
 * Serve the admin console: `TRIBUTARY_CONSOLE_DIR`, else `apps/admin/dist`
 * when it is built. Hashed assets are cached for a year; every other GET
 * that is not a gateway path gets index.html (the console routes on the
 * client). Without a build, `/` says how to make one.
 */
export function mountConsole(app: Hono<GatewayEnv>, rt: GatewayRuntime): void {
  const dir = resolve(rt.config.consoleDir ?? DEFAULT_CONSOLE_DIR);
  const index = join(dir, 'index.html');
  if (!existsSync(index)) {
    if (rt.config.consoleDir) rt.logger.warn({ dir }, 'TRIBUTARY_CONSOLE_DIR has no index.html; the console is not served');
    app.get('/', (c) =>
      c.text('The admin console is not built. Run `npm run build` (or `npx nx build admin`) and restart the gateway.', 404),
    );
    return;
  }
  const isConsolePath = (path: string) => !GATEWAY_PATHS.test(path);
  const headers = secureHeaders();
  const files = serveStatic<GatewayEnv>({
    root: dir,
    onFound: (path, c) => c.header('Cache-Control', path.includes(`${dir}/assets/`) ? 'public, max-age=31536000, immutable' : 'no-cache'),
  });
  app.use('*', (c, next) => (isConsolePath(c.req.path) ? headers(c, next) : next()));
  app.get('*', async (c, next) => {
    if (!isConsolePath(c.req.path)) return next();
    const found = await files(c, async () => undefined);
    if (found) return found;
    c.header('Cache-Control', 'no-cache');
    return c.html(await readFile(index, 'utf8'));
  });
}
