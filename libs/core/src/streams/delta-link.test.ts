import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { drain, optionsFor } from '../testing/stream-api.js';
import { startScriptedServer, type ScriptedServer } from '../testing/scripted-server.js';
import { createStreamSync } from './runner.js';
import { defineStream } from './types.js';

let server: ScriptedServer | undefined;
afterEach(() => server?.close());

const Message = z.object({ id: z.string(), subject: z.string() });

describe('a deltaLink stream', () => {
  it('follows next links to a delta link, reads only changes from it, and starts over when the delta state expired', async () => {
    let round = 0;
    server = await startScriptedServer((request) => {
      const url = new URL(request.url, 'http://x');
      const base = `http://${request.headers.host}`;
      if (url.pathname === '/folders/inbox/messages/delta' && !url.searchParams.has('skip')) {
        return { body: { value: [{ id: 'm1', subject: 'a' }], '@odata.nextLink': `${base}/folders/inbox/messages/delta?skip=1` } };
      }
      if (url.searchParams.get('skip') === '1')
        return { body: { value: [{ id: 'm2', subject: 'b' }], '@odata.deltaLink': `${base}/delta?token=t1` } };
      if (url.searchParams.get('token') === 't1' && round++ === 0) {
        return { body: { value: [{ id: 'm1', '@removed': { reason: 'deleted' } }], '@odata.deltaLink': `${base}/delta?token=t2` } };
      }
      return { status: 410, body: { error: { code: 'syncStateNotFound', message: 'expired' } } };
    });
    const stream = defineStream({
      name: 'messages',
      entity: 'activity',
      description: 'Messages',
      request: { path: '/folders/inbox/messages/delta', headers: { Prefer: 'odata.maxpagesize=1' } },
      pagination: { style: 'next_url', itemsPath: 'value', nextUrlPath: '@odata.nextLink' },
      schema: Message,
      isDeleted: (raw) => raw['@removed'] !== undefined,
      incremental: {
        type: 'deltaLink',
        nextLinkPath: '@odata.nextLink',
        deltaLinkPath: '@odata.deltaLink',
        resetOn: (e) => e.status === 410,
      },
    });
    const sync = createStreamSync({ vendor: 'Graph', streams: [stream], feeds: {}, concurrency: 1 });
    const first = await drain(sync, null, optionsFor(server.url));
    expect(first.ids).toEqual(['m1', 'm2']);
    expect(JSON.parse(first.cursor ?? '').state.streams.messages[''].link).toMatch(/token=t1$/);

    const second = await drain(sync, first.cursor, optionsFor(server.url));
    expect(second.records).toEqual([{ stream: 'messages', raw: { id: 'm1', '@removed': { reason: 'deleted' } }, deleted: true }]);
    expect(server.requests.at(-1)?.headers['prefer']).toBe('odata.maxpagesize=1');

    const third = await drain(sync, second.cursor, optionsFor(server.url));
    expect(third.ids).toEqual(['m1', 'm2']);
    expect(JSON.parse(third.cursor ?? '').state.streams.messages[''].link).toMatch(/token=t1$/);
  });
});
