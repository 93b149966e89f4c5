import { soqlError } from '../errors.js';
import { tokenize, unquote } from './lexer.js';
import type { Condition, FieldRef, Literal, OrderItem, SelectItem, SelectQuery, Token } from './types.js';

const OPERATORS = new Set(['=', '!=', '<>', '<', '<=', '>', '>=']);

/** A token stream with Salesforce-style errors at the current token. */
interface Stream {
  soql: string;
  peek(): Token;
  next(): Token;
  /** True (and consumed) when the next token is the keyword `word`. */
  keyword(word: string): boolean;
  expectKeyword(word: string): void;
  expectPunct(ch: string): void;
  fail(token?: Token): never;
}

function stream(soql: string): Stream {
  const tokens = tokenize(soql);
  const eof: Token = { kind: 'eof', text: '<EOF>', column: soql.length + 1 };
  let at = 0;
  const peek = () => tokens[at] ?? eof;
  const fail = (token: Token = peek()): never => {
    throw soqlError('MALFORMED_QUERY', soql, token.column, `unexpected token: '${token.text}'`);
  };
  const isKeyword = (token: Token, word: string) => token.kind === 'ident' && token.text.toUpperCase() === word;
  return {
    soql,
    peek,
    next: () => tokens[at++] ?? fail(),
    keyword: (word) => {
      if (!isKeyword(peek(), word)) return false;
      at++;
      return true;
    },
    expectKeyword: (word) => {
      if (!isKeyword(peek(), word)) fail();
      at++;
    },
    expectPunct: (ch) => {
      if (peek().kind !== 'punct' || peek().text !== ch) fail();
      at++;
    },
    fail,
  };
}

/** Consume a comma if one comes next. */
function comma(s: Stream): boolean {
  if (s.peek().kind !== 'punct' || s.peek().text !== ',') return false;
  s.next();
  return true;
}

function fieldRef(s: Stream): FieldRef {
  const token = s.next();
  if (token.kind !== 'ident') s.fail(token);
  return { path: token.text.split('.'), column: token.column };
}

function literal(s: Stream): Literal {
  const token = s.next();
  switch (token.kind) {
    case 'string':
      return { kind: 'string', value: unquote(token.text) };
    case 'number':
      return { kind: 'number', value: Number(token.text) };
    case 'date':
      return { kind: 'date', value: token.text };
    case 'datetime':
      return { kind: 'datetime', value: Date.parse(token.text) };
    case 'ident': {
      const word = token.text.toUpperCase();
      if (word === 'TRUE' || word === 'FALSE') return { kind: 'boolean', value: word === 'TRUE' };
      if (word === 'NULL') return { kind: 'null' };
      return s.fail(token);
    }
    default:
      return s.fail(token);
  }
}

function inList(s: Stream): Literal[] {
  s.expectPunct('(');
  const values = [literal(s)];
  while (comma(s)) values.push(literal(s));
  s.expectPunct(')');
  return values;
}

function comparison(s: Stream): Condition {
  const field = fieldRef(s);
  const token = s.peek();
  const negated = s.keyword('NOT');
  if (s.keyword('IN')) return { kind: 'in', field, negated, values: inList(s), column: token.column };
  if (negated || token.kind !== 'op' || !OPERATORS.has(token.text)) return s.fail(token);
  s.next();
  const op = token.text === '<>' ? '!=' : (token.text as '=' | '!=' | '<' | '<=' | '>' | '>=');
  return { kind: 'compare', field, op, value: literal(s), column: token.column };
}

function unary(s: Stream): Condition {
  if (s.keyword('NOT')) return { kind: 'not', item: unary(s) };
  if (s.peek().text !== '(') return comparison(s);
  s.next();
  const inner = expression(s);
  s.expectPunct(')');
  return inner;
}

/** `a AND b AND c` or `a OR b OR c`; mixing them needs parentheses, as in SOQL. */
function expression(s: Stream): Condition {
  const first = unary(s);
  const joiner = s.peek().text.toUpperCase();
  if (joiner !== 'AND' && joiner !== 'OR') return first;
  const items = [first];
  while (s.keyword(joiner)) items.push(unary(s));
  const stray = s.peek().text.toUpperCase();
  if (stray === 'AND' || stray === 'OR') s.fail();
  return { kind: joiner === 'AND' ? 'and' : 'or', items };
}

function orderBy(s: Stream): OrderItem[] {
  const items: OrderItem[] = [];
  do {
    const field = fieldRef(s);
    const descending = s.keyword('DESC');
    if (!descending) s.keyword('ASC');
    let nullsLast = false;
    if (s.keyword('NULLS')) {
      nullsLast = s.keyword('LAST');
      if (!nullsLast) s.expectKeyword('FIRST');
    }
    items.push({ field, descending, nullsLast });
  } while (comma(s));
  return items;
}

function selectList(s: Stream): SelectItem[] {
  const items: SelectItem[] = [];
  do {
    if (s.peek().text === '(') {
      s.next();
      items.push({ kind: 'subquery', query: query(s) });
      s.expectPunct(')');
    } else {
      items.push({ kind: 'field', field: fieldRef(s) });
    }
  } while (comma(s));
  return items;
}

function limit(s: Stream): number {
  const token = s.next();
  if (token.kind !== 'number' || !/^\d+$/.test(token.text)) s.fail(token);
  return Number(token.text);
}

function query(s: Stream): SelectQuery {
  s.expectKeyword('SELECT');
  const select = selectList(s);
  s.expectKeyword('FROM');
  const from = s.next();
  if (from.kind !== 'ident' || from.text.includes('.')) s.fail(from);
  const parsed: SelectQuery = { select, from: { name: from.text, column: from.column }, orderBy: [] };
  if (s.keyword('WHERE')) parsed.where = expression(s);
  if (s.keyword('ORDER')) {
    s.expectKeyword('BY');
    parsed.orderBy = orderBy(s);
  }
  if (s.keyword('LIMIT')) parsed.limit = limit(s);
  return parsed;
}

/**
 * Parse the SOQL subset the simulator runs: SELECT fields, lookup paths
 * and child subqueries; FROM; WHERE with AND/OR/NOT, comparisons and
 * IN lists over string, number, boolean, null, date and datetime
 * literals; ORDER BY with ASC/DESC and NULLS FIRST/LAST; LIMIT. Anything
 * else (GROUP BY, OFFSET, date functions, ...) is `MALFORMED_QUERY`.
 *
 * @example
 * parseSoql('SELECT Id FROM Contact WHERE SystemModstamp > 2025-01-01T00:00:00Z ORDER BY SystemModstamp').from.name // 'Contact'
 */
export function parseSoql(soql: string): SelectQuery {
  const s = stream(soql);
  const parsed = query(s);
  if (s.peek().kind !== 'eof') s.fail();
  return parsed;
}
