import { afterEach, describe, expect, it } from 'vitest';
import { RateLimitedError, serializeError, type ConnectorError } from '../errors/errors.js';
import { captureLogger } from '../testing/index.js';
import { httpHarness, rejection } from '../testing/http-harness.js';
import type { ScriptedStep } from '../testing/scripted-server.js';

const SECRET = 'sk_test_SECRETVALUE123';
/** The same key in a shape no pattern recognizes: only value-based redaction catches it. */
const OPAQUE = 'opaque-credential-98765';

const harness = httpHarness();
afterEach(harness.closeAll);

/** Everything an error exposes to logs and people: message, stack, JSON and the messages of its causes. */
function exposed(error: ConnectorError): string {
  const parts = [error.message, error.stack ?? '', JSON.stringify(error), JSON.stringify(serializeError(error))];
  for (let cause: unknown = error.cause, depth = 0; cause instanceof Error && depth < 5; cause = cause.cause, depth++) {
    parts.push(cause.message, cause.stack ?? '');
  }
  return parts.join('\n');
}

async function failWith(step: ScriptedStep, timeoutMs = 5_000) {
  const logger = captureLogger();
  const { server, http } = await harness.setup([step], {
    headers: { Authorization: `Bearer ${SECRET}`, 'X-Key': OPAQUE },
    query: { api_key: SECRET },
    secrets: [SECRET, OPAQUE],
    logger,
    timeoutMs,
  });
  const error = await rejection(http.request({ path: `/v1/items?token=${SECRET}&k=${OPAQUE}`, query: { limit: 10 } }));
  return { error, logger, server };
}

describe('createHttpClient: secrets never leak', () => {
  it('sends the secrets to the server, so the redaction below is meaningful', async () => {
    const { server } = await failWith({ status: 401 });
    const [request] = server.requests;
    expect(request?.headers['authorization']).toBe(`Bearer ${SECRET}`);
    expect(request?.url).toContain(`api_key=${SECRET}`);
    expect(request?.url).toContain(`k=${OPAQUE}`);
  });

  it.each<[string, ScriptedStep, number | undefined, RegExp]>([
    ['a 401', { status: 401, body: { error: `invalid key ${SECRET}`, echo: OPAQUE } }, undefined, /401 Unauthorized$/],
    ['a 500 after retries', { status: 500, body: `upstream failed for ${SECRET} / ${OPAQUE}` }, undefined, /: 500$/],
    ['a 429 with a long wait', { status: 429, headers: { 'retry-after': '600' }, body: { key: SECRET } }, undefined, /429/],
    ['network errors', 'reset', undefined, /network error/],
    ['timeouts', 'hang', 50, /timed out after 50 ms/],
    [
      'unreadable bodies',
      { body: `{"token": "${SECRET}", "k": "${OPAQUE}"`, headers: { 'content-type': 'application/json' } },
      undefined,
      /unreadable/,
    ],
  ])('in errors and log lines for %s', async (_name, step, timeoutMs, message) => {
    const { error, logger } = await failWith(step, timeoutMs);
    expect(error.message).toMatch(message);
    expect(error.message).toContain('/api/v1/items?');
    const text = exposed(error);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(OPAQUE);
    expect(text).not.toContain('SECRETVALUE');
    expect(logger.text()).not.toContain(SECRET);
    expect(logger.text()).not.toContain(OPAQUE);
  });

  it('logs redacted URLs on retries and successes', async () => {
    const logger = captureLogger();
    const { http } = await harness.setup([{ status: 503 }, { body: { ok: true } }], {
      query: { api_key: SECRET },
      secrets: [SECRET],
      logger,
    });
    await http.request({ path: `/v1/items?k=${OPAQUE}` });
    expect(logger.lines.map((l) => l.msg)).toEqual(['http retry', 'http']);
    expect(logger.text()).toContain('api_key=[REDACTED]');
    expect(logger.text()).not.toContain(SECRET);
  });

  it('gives classifiers a redacted text but the vendor fields intact', async () => {
    const { http } = await harness.setup(
      [{ status: 400, body: { error: { code: 'resource_missing', message: `No such key: ${SECRET}` } } }],
      {
        secrets: [SECRET],
        classify: (r) => new RateLimitedError(`${r.text} | ${JSON.stringify(r.body)}`, 1),
      },
    );
    const error = await rejection(http.request({ path: '/v1/items' }));
    expect(error.message).toContain('"code":"resource_missing"');
    expect(error.message).not.toContain(SECRET);
  });
});
