/** A GAQL query error: a `QueryError` code and Google's wording. */
export class GaqlError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'GaqlError';
    this.code = code;
  }
}

export type TokenKind = 'word' | 'string' | 'number' | 'op' | 'punct' | 'end';

export interface Token {
  kind: TokenKind;
  value: string;
  at: number;
}

const WORD = /[A-Za-z_][A-Za-z0-9_.]*/y;
const NUMBER = /-?\d+(\.\d+)?/y;
const OPERATOR = /!=|<=|>=|=|<|>/y;

function readString(query: string, start: number): { value: string; end: number } {
  const quote = query[start];
  let value = '';
  for (let i = start + 1; i < query.length; i++) {
    const ch = query[i];
    if (ch === '\\' && i + 1 < query.length) {
      value += query[++i];
      continue;
    }
    if (ch === '\n') throw new GaqlError('PROHIBITED_NEWLINE_IN_STRING', 'Query has a string containing a newline character.');
    if (ch === quote) return { value, end: i + 1 };
    value += ch;
  }
  throw new GaqlError('STRING_NOT_TERMINATED', `Query contains an unterminated string at position ${start}.`);
}

function match(pattern: RegExp, query: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(query)?.[0];
}

/**
 * Split a GAQL query into words, strings, numbers, operators and punctuation.
 *
 * @example
 * tokenize("SELECT campaign.id FROM campaign WHERE segments.date BETWEEN '2026-10-01' AND '2026-10-07'").length // 11
 */
export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const ch = query[i] ?? '';
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === "'" || ch === '"') {
      const { value, end } = readString(query, i);
      tokens.push({ kind: 'string', value, at: i });
      i = end;
      continue;
    }
    const token = tokenAt(query, i);
    tokens.push(token);
    i += token.value.length;
  }
  tokens.push({ kind: 'end', value: '', at: query.length });
  return tokens;
}

function tokenAt(query: string, i: number): Token {
  const ch = query[i] ?? '';
  if (ch === ',' || ch === '(' || ch === ')') return { kind: 'punct', value: ch, at: i };
  const word = match(WORD, query, i);
  if (word) return { kind: 'word', value: word, at: i };
  const number = match(NUMBER, query, i);
  if (number) return { kind: 'number', value: number, at: i };
  const op = match(OPERATOR, query, i);
  if (op) return { kind: 'op', value: op, at: i };
  throw new GaqlError('BAD_SYMBOL', `Non-ASCII or unexpected symbol "${ch}" at position ${i}.`);
}
