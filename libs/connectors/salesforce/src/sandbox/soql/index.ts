export { parseSoql } from './parser.js';
export { bindQuery, type BoundQuery } from './bind.js';
export { executeQuery, type SoqlSource } from './evaluate.js';
