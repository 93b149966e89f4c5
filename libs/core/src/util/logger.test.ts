import { describe, expect, it } from 'vitest';
import { captureLogger } from '../testing/index.js';
import { childLogger, silentLogger, type Logger } from './logger.js';

describe('childLogger', () => {
  it('binds fields to every level of a logger without a native child', () => {
    const logger = captureLogger();
    const child = childLogger(logger, { connectorId: 'acme', tenantId: 't1' });
    child.debug({ a: 1 }, 'debug line');
    child.info({ a: 2 });
    child.warn({ a: 3 }, 'warn line');
    child.error({ a: 4, tenantId: 'override' }, 'error line');
    expect(logger.lines).toEqual([
      { level: 'debug', obj: { connectorId: 'acme', tenantId: 't1', a: 1 }, msg: 'debug line' },
      { level: 'info', obj: { connectorId: 'acme', tenantId: 't1', a: 2 } },
      { level: 'warn', obj: { connectorId: 'acme', tenantId: 't1', a: 3 }, msg: 'warn line' },
      { level: 'error', obj: { connectorId: 'acme', tenantId: 'override', a: 4 }, msg: 'error line' },
    ]);
  });

  it('uses the native child when the logger has one', () => {
    const calls: Record<string, unknown>[] = [];
    const marker: Logger = { ...silentLogger };
    const native: Logger = {
      ...silentLogger,
      child: (bindings) => {
        calls.push(bindings);
        return marker;
      },
    };
    expect(childLogger(native, { syncId: 's1' })).toBe(marker);
    expect(calls).toEqual([{ syncId: 's1' }]);
  });

  it('nests bindings through two levels', () => {
    const logger = captureLogger();
    childLogger(childLogger(logger, { a: 1 }), { b: 2 }).info({ c: 3 }, 'x');
    expect(logger.lines[0]?.obj).toEqual({ a: 1, b: 2, c: 3 });
  });
});

describe('silentLogger', () => {
  it('accepts every level without output', () => {
    expect(() => {
      silentLogger.debug({});
      silentLogger.info({}, 'm');
      silentLogger.warn({});
      silentLogger.error({}, 'm');
    }).not.toThrow();
  });
});

describe('captureLogger', () => {
  it('keeps lines and renders them as JSON text', () => {
    const logger = captureLogger();
    logger.info({ url: '/x' }, 'http');
    logger.warn({ attempt: 1 });
    expect(logger.lines).toHaveLength(2);
    expect(
      logger
        .text()
        .split('\n')
        .map((l) => JSON.parse(l) as unknown),
    ).toEqual([{ url: '/x', msg: 'http' }, { attempt: 1 }]);
  });
});
