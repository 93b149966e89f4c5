/**
 * @tributary/temporal/testing: a fake CRM over HTTP (with its connector),
 * connections to the Temporal test server, history recording for replay
 * tests, and a harness that wires all of it to a real worker.
 */
export * from './fake-crm/index.js';
export * from './temporal-env.js';
export * from './history-fixtures.js';
export * from './orchestration-harness.js';
