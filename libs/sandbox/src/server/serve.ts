import { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer, type Http2Bindings, type HttpBindings } from '@hono/node-server';

/** Anything with Hono's `fetch` (a Hono app of any Env). */
export interface FetchApp {
  fetch(request: Request, env: HttpBindings | Http2Bindings): Response | Promise<Response>;
}

/** A simulator listening on 127.0.0.1. */
export interface RunningServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:53124`. */
  url: string;
  port: number;
  /** Stop listening and destroy every open socket (keep-alive and hanging ones too). */
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Port to bind; 0 (the default) picks a free one. */
  port?: number;
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    server.once('error', onError);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', onError);
      const address = server.address();
      if (address === null || typeof address === 'string') reject(new Error('Server has no TCP address'));
      else resolve((address satisfies AddressInfo).port);
    });
  });
}

function shutdown(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    // close() waits for open connections; a test fake has no reason to.
    server.closeAllConnections();
  });
}

/**
 * Serve a Hono app over real HTTP on 127.0.0.1 with `@hono/node-server`.
 *
 * @example
 * const server = await serve(simulator.app);
 * const res = await fetch(`${server.url}/v1/charges`);
 * await server.close();
 */
export async function serve(app: FetchApp, options: ServeOptions = {}): Promise<RunningServer> {
  const server = createAdaptorServer({ fetch: (request, env) => app.fetch(request, env), hostname: '127.0.0.1' });
  if (!(server instanceof Server)) throw new Error('Expected an HTTP/1.1 server from @hono/node-server');
  const port = await listen(server, options.port ?? 0);
  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () => (closing ??= shutdown(server)),
  };
}
