import { soqlError } from '../errors.js';
import type { Token } from './types.js';

const PATTERNS: ReadonlyArray<[Token['kind'], RegExp]> = [
  ['datetime', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})/],
  ['date', /^\d{4}-\d{2}-\d{2}(?![\dT])/],
  ['number', /^-?\d+(\.\d+)?(?![\w.])/],
  ['ident', /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*/],
  ['op', /^(!=|<>|<=|>=|=|<|>)/],
  ['punct', /^[(),]/],
];

/** A quoted string starting at `at` (backslash escapes), or undefined when unterminated. */
function readString(soql: string, at: number): string | undefined {
  for (let i = at + 1; i < soql.length; i++) {
    if (soql[i] === '\\') i++;
    else if (soql[i] === "'") return soql.slice(at, i + 1);
  }
  return undefined;
}

/**
 * Split a SOQL statement into tokens with their columns. Keywords are
 * identifiers (the parser matches them case-insensitively); anything else
 * is a `MALFORMED_QUERY` at its column.
 *
 * @example
 * tokenize("SELECT Id FROM Account WHERE Name = 'x'").map((t) => t.kind) // ['ident', 'ident', 'ident', 'ident', 'ident', 'ident', 'op', 'string', 'eof']
 */
export function tokenize(soql: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < soql.length) {
    const rest = soql.slice(at);
    const space = /^\s+/.exec(rest);
    if (space) {
      at += space[0].length;
      continue;
    }
    const text = rest[0] === "'" ? readString(soql, at) : undefined;
    const match = text === undefined ? PATTERNS.find(([, re]) => re.test(rest)) : undefined;
    const kind: Token['kind'] | undefined = text !== undefined ? 'string' : match?.[0];
    const value = text ?? (match ? match[1].exec(rest)?.[0] : undefined);
    if (kind === undefined || value === undefined) throw soqlError('MALFORMED_QUERY', soql, at + 1, `unexpected token: '${rest[0] ?? ''}'`);
    tokens.push({ kind, text: value, column: at + 1 });
    at += value.length;
  }
  tokens.push({ kind: 'eof', text: '<EOF>', column: soql.length + 1 });
  return tokens;
}

/** The value of a string token (quotes removed, escapes resolved). */
export function unquote(text: string): string {
  const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
  return text.slice(1, -1).replace(/\\(.)/g, (_, ch: string) => escapes[ch] ?? ch);
}
