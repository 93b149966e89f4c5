import type { Logger } from '../util/logger.js';

export interface CapturedLine {
  level: 'debug' | 'info' | 'warn' | 'error';
  obj: Record<string, unknown>;
  msg?: string;
}

/**
 * A logger that keeps every line, for tests that assert on logs (for
 * example that no secret ever appears in one).
 */
export function captureLogger(): Logger & { lines: CapturedLine[]; text(): string } {
  const lines: CapturedLine[] = [];
  const push = (level: CapturedLine['level']) => (obj: Record<string, unknown>, msg?: string) => {
    lines.push(msg === undefined ? { level, obj } : { level, obj, msg });
  };
  return {
    lines,
    debug: push('debug'),
    info: push('info'),
    warn: push('warn'),
    error: push('error'),
    text: () => lines.map((l) => JSON.stringify({ ...l.obj, msg: l.msg })).join('\n'),
  };
}

export { drain, listApi, optionsFor, type Item } from './stream-api.js';
export { startScriptedServer, type RecordedRequest, type Script, type ScriptedServer, type ScriptedStep } from './scripted-server.js';
