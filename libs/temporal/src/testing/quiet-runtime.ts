import { DefaultLogger, Runtime } from '@temporalio/worker';

/**
 * Vitest setup for the services suites: the Temporal SDK logs every worker
 * state change at INFO; tests want warnings and errors only. (The runtime is
 * process-wide and installed once, before the first worker.)
 */
Runtime.install({ logger: new DefaultLogger('WARN') });
