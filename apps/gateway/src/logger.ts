import { redactValue, type Logger } from '@tributary/core';
import { pino, type Logger as Pino } from 'pino';

/** Fields pino blanks wherever they appear in a log line. */
const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.apiKey',
  '*.accessToken',
  '*.refreshToken',
  '*.token',
  '*.config',
  '*.clientSecret',
  '*.secret',
];

/**
 * The gateway's structured JSON logger (pino). Every object logged also
 * passes through core's `redactValue`, so a credential that slips into a
 * message or a nested field is replaced, not written.
 *
 * @example
 * const log = createLogger('info'); log.info({ connectorId }, 'sync started');
 */
export function createLogger(level: string, destination?: { write(line: string): void }): Pino & Logger {
  return pino(
    {
      level,
      redact: { paths: REDACT_PATHS, censor: '[REDACTED]' },
      formatters: { log: (obj) => redactValue(obj) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          const redacted = args.map((a) => (typeof a === 'string' ? (redactValue(a) as string) : a));
          return method.apply(this, redacted as Parameters<typeof method>);
        },
      },
    },
    destination ?? process.stdout,
  ) as Pino & Logger;
}
