export { startWorkerApp, type WorkerApp, type WorkerAppOptions } from './app.js';
export { parseWorkerEnv, WorkerEnv } from './env.js';
export { startHealthServer, type HealthServer } from './health.js';
export { createLogger, type AppLogger } from './logger.js';
