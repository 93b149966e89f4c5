import { DefaultLogger, Runtime } from '@temporalio/worker';
import pino from 'pino';

export type AppLogger = pino.Logger;

type SdkLevel = NonNullable<ConstructorParameters<typeof DefaultLogger>[0]>;
const TO_PINO = { TRACE: 'trace', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error' } as const satisfies Record<
  SdkLevel,
  pino.Level
>;

/**
 * The process logger (JSON lines on stdout), and the Temporal SDK's own
 * logs routed into it. Call once per process, before the first worker.
 *
 * @example
 * const logger = createLogger('info');
 */
export function createLogger(level: string): AppLogger {
  const logger = pino({ level, base: { service: 'tributary-worker' } });
  const sdk = logger.child({ component: 'temporal-sdk' });
  const sdkLevel: SdkLevel = level === 'debug' || level === 'trace' ? 'DEBUG' : level === 'info' ? 'INFO' : 'WARN';
  Runtime.install({ logger: new DefaultLogger(sdkLevel, (entry) => sdk[TO_PINO[entry.level]](entry.meta ?? {}, entry.message)) });
  return logger;
}
