/**
 * @tributary/temporal/worker: what a worker process needs on top of the
 * main entry (the Temporal worker runtime, the workflow bundle). Kept apart
 * so the gateway, which only starts workflows, never loads it.
 */
export * from './bundle.js';
export * from './create-worker.js';
