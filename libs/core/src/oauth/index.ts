export * from './tokens.js';
export * from './errors.js';
export * from './engine.js';
export { exchangeForLongLived } from './exchange.js';
