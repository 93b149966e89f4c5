import type { GatewayRuntime } from '../runtime.js';

/** One request as a sandbox received it: the path inside the sandbox, the credentials, the form fields, and its answer. */
export interface SandboxRequest {
  method: string;
  path: string;
  authorization: string | null;
  form: Record<string, string>;
  status: number;
}

/**
 * Record what reaches one of the gateway's sandboxes, as the vendor would
 * see it, until `stop()`. The simulators answer revocations without
 * keeping a log a test can reach from the gateway, so this is how a test
 * checks what the gateway sent.
 *
 * @example
 * const recording = recordSandbox(t.rt, 'stripe'); ...; recording.stop(); recording.requests[0]?.form
 */
export function recordSandbox(rt: GatewayRuntime, type: string): { requests: SandboxRequest[]; stop(): void } {
  const sandbox = rt.sandboxes.get(type);
  if (!sandbox) throw new Error(`No ${type} sandbox is mounted`);
  const original = sandbox.fetch;
  const requests: SandboxRequest[] = [];
  sandbox.fetch = async (request) => {
    const body = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.clone().text();
    const response = await original.call(sandbox, request);
    requests.push({
      method: request.method,
      path: new URL(request.url).pathname,
      authorization: request.headers.get('authorization'),
      form: Object.fromEntries(new URLSearchParams(body)),
      status: response.status,
    });
    return response;
  };
  return {
    requests,
    stop() {
      sandbox.fetch = original;
    },
  };
}
