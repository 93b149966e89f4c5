import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** One request the scripted server received. */
export interface RecordedRequest {
  method: string;
  /** Path and query string, as sent. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/**
 * What the server does for one request: a response (an object body is sent
 * as JSON, a string as is), or a fault: `reset` destroys the socket, `hang`
 * never answers, `stall-body` sends the headers and part of a body and then
 * nothing more.
 */
export type ScriptedStep = { status?: number; headers?: Record<string, string>; body?: unknown } | 'reset' | 'hang' | 'stall-body';

export type Script = readonly ScriptedStep[] | ((request: RecordedRequest, index: number) => ScriptedStep);

export interface ScriptedServer {
  /** `http://127.0.0.1:<port>` */
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 with a random port that answers each
 * request with the next step of a script (the last step repeats), for
 * tests of the HTTP layer against real sockets rather than a mocked fetch.
 *
 * @example
 * const server = await startScriptedServer([{ status: 503 }, { body: { ok: true } }]);
 * // ... requests to server.url ...
 * await server.close();
 */
export async function startScriptedServer(script: Script): Promise<ScriptedServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const recorded: RecordedRequest = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      const index = requests.push(recorded) - 1;
      respond(res, pick(script, recorded, index));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function pick(script: Script, request: RecordedRequest, index: number): ScriptedStep {
  if (typeof script === 'function') return script(request, index);
  const step = script[Math.min(index, script.length - 1)];
  if (step === undefined) throw new Error('The script has no steps');
  return step;
}

function respond(res: ServerResponse, step: ScriptedStep): void {
  if (step === 'hang') return;
  if (step === 'reset') {
    res.socket?.destroy();
    return;
  }
  if (step === 'stall-body') {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
    res.write('{"data": [');
    return;
  }
  const json = step.body !== undefined && typeof step.body !== 'string';
  const body = step.body === undefined ? '' : json ? JSON.stringify(step.body) : String(step.body);
  res.writeHead(step.status ?? 200, { ...(json ? { 'content-type': 'application/json' } : {}), ...step.headers });
  res.end(body);
}
