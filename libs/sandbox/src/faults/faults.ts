import type { MiddlewareHandler } from 'hono';
import { applyFault } from './actions.js';
import type { Fault, FaultMatch, FaultOptions, FaultRule, FaultsOptions, FiredFault } from './types.js';

/** A per-simulator fault registry; mount `middleware()` in the vendor app. */
export interface FaultInjector {
  /** Register a fault for matching requests; returns its live counters. */
  add(match: FaultMatch, fault: Fault, options?: FaultOptions): FaultRule;
  /** Drop a fault before it is used up. */
  remove(rule: FaultRule): void;
  /** Drop every fault and release hanging requests. */
  clear(): void;
  /** Registered faults, including used-up ones, in registration order. */
  rules(): readonly FaultRule[];
  /** Every fault applied so far, oldest first. */
  fired(): readonly FiredFault[];
  middleware(): MiddlewareHandler;
}

interface MutableRule {
  id: number;
  match: FaultMatch;
  fault: Fault;
  times: number;
  after: number;
  seen: number;
  fired: number;
}

function matches(match: FaultMatch, method: string, path: string): boolean {
  if (match.method !== undefined && match.method.toUpperCase() !== method.toUpperCase()) return false;
  return typeof match.path === 'string' ? match.path === path : match.path.test(path);
}

function checkOptions(times: number, after: number): void {
  if (!(times === Infinity || (Number.isInteger(times) && times > 0))) throw new RangeError('times must be a positive integer or Infinity');
  if (!Number.isInteger(after) || after < 0) throw new RangeError('after must be a non-negative integer');
}

/**
 * Fault injection for simulators. Rules are checked in registration order;
 * every matching rule counts the request until one fires, and that rule's
 * fault is applied. A rule fires once it has let `after` matching requests
 * through, and stops after `times`.
 *
 * @example
 * const faults = createFaults({ statusBody: (s) => ({ error: { type: 'api_error', status: s } }) });
 * app.use('*', faults.middleware());
 * faults.add({ path: '/v1/charges' }, { kind: 'status', status: 429, headers: { 'Retry-After': '1' } });
 * faults.add({ method: 'GET', path: /^\/v1\// }, { kind: 'reset' }, { after: 2, times: 1 });
 */
export function createFaults(options: FaultsOptions = {}): FaultInjector {
  const rules: MutableRule[] = [];
  const log: FiredFault[] = [];
  const releases = new Set<() => void>();
  let nextId = 1;

  const take = (method: string, path: string): MutableRule | undefined => {
    for (const rule of rules) {
      if (rule.fired >= rule.times || !matches(rule.match, method, path)) continue;
      rule.seen++;
      if (rule.seen > rule.after) {
        rule.fired++;
        return rule;
      }
    }
    return undefined;
  };

  return {
    add(match, fault, { times = 1, after = 0 } = {}) {
      checkOptions(times, after);
      const rule: MutableRule = { id: nextId++, match, fault, times, after, seen: 0, fired: 0 };
      rules.push(rule);
      return rule;
    },
    remove(rule) {
      const at = rules.findIndex((r) => r.id === rule.id);
      if (at >= 0) rules.splice(at, 1);
    },
    clear() {
      rules.length = 0;
      for (const release of [...releases]) release();
    },
    rules: () => rules,
    fired: () => log,
    middleware: () => async (c, next) => {
      const rule = take(c.req.method, c.req.path);
      if (!rule) return next();
      log.push({ ruleId: rule.id, kind: rule.fault.kind, method: c.req.method, path: c.req.path });
      return applyFault(rule.fault, c, next, { options, releases });
    },
  };
}
