/**
 * The logging surface libs depend on. Apps pass a real logger (pino in the
 * gateway and worker); libs never create one at module level.
 */
export interface Logger {
  debug(obj: Record<string, unknown>, msg?: string): void;
  info(obj: Record<string, unknown>, msg?: string): void;
  warn(obj: Record<string, unknown>, msg?: string): void;
  error(obj: Record<string, unknown>, msg?: string): void;
  child?(bindings: Record<string, unknown>): Logger;
}

/** A logger that drops everything (the default when none is passed). */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/** Bind fields to every line of a logger that may or may not support `child`. */
export function childLogger(logger: Logger, bindings: Record<string, unknown>): Logger {
  if (logger.child) return logger.child(bindings);
  const bind = (obj: Record<string, unknown>) => ({ ...bindings, ...obj });
  return {
    debug: (obj, msg) => logger.debug(bind(obj), msg),
    info: (obj, msg) => logger.info(bind(obj), msg),
    warn: (obj, msg) => logger.warn(bind(obj), msg),
    error: (obj, msg) => logger.error(bind(obj), msg),
  };
}
