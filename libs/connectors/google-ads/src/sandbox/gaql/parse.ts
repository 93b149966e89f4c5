import { GaqlError, tokenize, type Token } from './tokens.js';

export type Operator = '=' | '!=' | '<' | '<=' | '>' | '>=' | 'IN' | 'NOT IN' | 'BETWEEN' | 'DURING';

export interface Condition {
  field: string;
  op: Operator;
  /** Literal values: strings, numbers, or bare words (enum constants, TRUE/FALSE, date presets). */
  values: Array<string | number>;
}

export interface ParsedQuery {
  select: string[];
  from: string;
  where: Condition[];
  orderBy: Array<{ field: string; desc: boolean }>;
  limit: number | undefined;
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  peek(): Token {
    return this.tokens[this.i] ?? { kind: 'end', value: '', at: 0 };
  }
  next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.i++;
    return token;
  }
  keyword(word: string): boolean {
    const token = this.peek();
    if (token.kind === 'word' && token.value.toUpperCase() === word) {
      this.i++;
      return true;
    }
    return false;
  }
  expect(word: string, code: string): void {
    if (!this.keyword(word)) this.fail(code, `Expected ${word}`);
  }
  field(): string {
    const token = this.next();
    if (token.kind !== 'word')
      this.fail(token.kind === 'end' ? 'UNEXPECTED_END_OF_QUERY' : 'BAD_FIELD_NAME', 'Expected a field name', token);
    return token.value;
  }
  fail(code: string, message: string, token: Token = this.peek()): never {
    if (token.kind === 'end' && code !== 'EXPECTED_FROM')
      throw new GaqlError('UNEXPECTED_END_OF_QUERY', 'Query is incomplete and cannot be parsed.');
    throw new GaqlError(code, `${message} at position ${token.at}.`);
  }
}

function value(p: Parser): string | number {
  const token = p.next();
  if (token.kind === 'string' || token.kind === 'word') return token.value;
  if (token.kind === 'number') return Number(token.value);
  return p.fail('BAD_VALUE', 'Expected a value', token);
}

function list(p: Parser): Array<string | number> {
  if (p.next().value !== '(') p.fail('EXPECTED_LIST', 'The operator requires a list of values');
  const values: Array<string | number> = [];
  if (p.peek().value === ')') p.fail('PROHIBITED_EMPTY_LIST_IN_CONDITION', 'A condition was found with an empty list');
  do values.push(value(p));
  while (p.peek().value === ',' && p.next());
  if (p.next().value !== ')') p.fail('EXPECTED_LIST', 'Expected ) after the list');
  return values;
}

function condition(p: Parser): Condition {
  const field = p.field();
  if (p.keyword('IN')) return { field, op: 'IN', values: list(p) };
  if (p.keyword('NOT')) {
    p.expect('IN', 'BAD_OPERATOR');
    return { field, op: 'NOT IN', values: list(p) };
  }
  if (p.keyword('BETWEEN')) {
    const low = value(p);
    p.expect('AND', 'EXPECTED_AND');
    return { field, op: 'BETWEEN', values: [low, value(p)] };
  }
  if (p.keyword('DURING')) return { field, op: 'DURING', values: [value(p)] };
  const op = p.next();
  if (op.kind !== 'op') p.fail('BAD_OPERATOR', `Invalid operator "${op.value}"`, op);
  return { field, op: op.value as Operator, values: [value(p)] };
}

function orderBy(p: Parser): ParsedQuery['orderBy'] {
  const out: ParsedQuery['orderBy'] = [];
  do {
    const field = p.field();
    const desc = p.keyword('DESC');
    if (!desc) p.keyword('ASC');
    out.push({ field, desc });
  } while (p.peek().value === ',' && p.next());
  return out;
}

function limit(p: Parser): number {
  const token = p.next();
  if (token.kind !== 'number' || !/^\d+$/.test(token.value)) p.fail('BAD_LIMIT_VALUE', 'Limit value is invalid', token);
  const n = Number(token.value);
  if (n < 1) p.fail('LIMIT_VALUE_TOO_LOW', 'The value passed to the limit clause is too low', token);
  return n;
}

/**
 * Parse the GAQL subset the simulator serves:
 * `SELECT f, ... FROM resource [WHERE cond AND ...] [ORDER BY f [ASC|DESC], ...] [LIMIT n]`,
 * conditions `= != < <= > >= IN (...) NOT IN (...) BETWEEN a AND b DURING PRESET`.
 * https://developers.google.com/google-ads/api/docs/query/grammar
 *
 * @example
 * parseGaql("SELECT campaign.id FROM campaign WHERE campaign.status != 'REMOVED'").where[0] // { field: 'campaign.status', op: '!=', values: ['REMOVED'] }
 */
export function parseGaql(query: string): ParsedQuery {
  const p = new Parser(tokenize(query));
  p.expect('SELECT', 'EXPECTED_SELECT');
  const select: string[] = [];
  do select.push(p.field());
  while (p.peek().value === ',' && p.next());
  p.expect('FROM', 'EXPECTED_FROM');
  const from = p.field();
  const where: Condition[] = [];
  if (p.keyword('WHERE')) {
    do where.push(condition(p));
    while (p.keyword('AND'));
  }
  let order: ParsedQuery['orderBy'] = [];
  if (p.keyword('ORDER')) {
    p.expect('BY', 'EXPECTED_BY');
    order = orderBy(p);
  }
  const max = p.keyword('LIMIT') ? limit(p) : undefined;
  if (p.peek().kind !== 'end') p.fail('UNEXPECTED_INPUT', `Unexpected "${p.peek().value}"`);
  return { select, from, where, orderBy: order, limit: max };
}
