import { ConnectorError } from '../errors/errors.js';
import { createHttpClient, type HttpClient, type HttpClientOptions } from '../http/client.js';
import { startScriptedServer, type Script, type ScriptedServer } from './scripted-server.js';

/**
 * Scripted servers paired with fast-retrying clients for core's HTTP tests.
 * Call `closeAll` after each test.
 *
 * @example
 * const harness = httpHarness();
 * afterEach(harness.closeAll);
 * const { server, http } = await harness.setup([{ status: 503 }, { body: { ok: true } }]);
 */
export function httpHarness() {
  const servers: ScriptedServer[] = [];
  return {
    async setup(script: Script, options: Partial<HttpClientOptions> = {}): Promise<{ server: ScriptedServer; http: HttpClient }> {
      const server = await startScriptedServer(script);
      servers.push(server);
      const http = createHttpClient({ baseUrl: `${server.url}/api`, retries: 2, retryBaseMs: 1, retryCapMs: 5, ...options });
      return { server, http };
    },
    async closeAll(): Promise<void> {
      await Promise.all(servers.splice(0).map((s) => s.close()));
    },
  };
}

/** The ConnectorError a promise rejects with; throws when it resolves or rejects with anything else. */
export function rejection(promise: Promise<unknown>): Promise<ConnectorError> {
  return promise.then(
    () => {
      throw new Error('expected the request to fail');
    },
    (error: unknown) => {
      if (!(error instanceof ConnectorError)) throw error;
      return error;
    },
  );
}
