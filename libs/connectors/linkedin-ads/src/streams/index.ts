export * from './campaign-metrics.js';
