export { executeGaql, type GaqlResult } from './execute.js';
export { parseGaql, type Condition, type ParsedQuery } from './parse.js';
export { GaqlError } from './tokens.js';
