import { describe, expect, it } from 'vitest';
import { SalesforceApiError } from '../errors.js';
import { parseSoql } from './parser.js';

function failure(soql: string): SalesforceApiError {
  try {
    parseSoql(soql);
  } catch (error) {
    if (error instanceof SalesforceApiError) return error;
    throw error;
  }
  throw new Error(`parsed: ${soql}`);
}

describe('parseSoql', () => {
  it('parses the queries the connector sends: fields, subqueries, typed filters, ordering', () => {
    const q = parseSoql(
      'SELECT Id, Contact.Email, (SELECT IsPrimary FROM OpportunityContactRoles WHERE IsPrimary = true LIMIT 1) FROM Opportunity WHERE SystemModstamp >= 2025-01-15T10:30:00.120Z AND IsDeleted = false ORDER BY SystemModstamp ASC, Id DESC NULLS LAST LIMIT 10',
    );
    expect(q.select.map((s) => (s.kind === 'field' ? s.field.path.join('.') : `(${s.query.from.name})`))).toEqual([
      'Id',
      'Contact.Email',
      '(OpportunityContactRoles)',
    ]);
    expect(q.where).toMatchObject({
      kind: 'and',
      items: [
        { kind: 'compare', op: '>=', value: { kind: 'datetime', value: Date.parse('2025-01-15T10:30:00.120Z') } },
        { kind: 'compare', op: '=', value: { kind: 'boolean', value: false } },
      ],
    });
    expect(q.orderBy.map((o) => [o.field.path[0], o.descending, o.nullsLast])).toEqual([
      ['SystemModstamp', false, false],
      ['Id', true, true],
    ]);
    expect(q.limit).toBe(10);
  });

  it('reads strings with escapes, numbers, dates, null, IN lists, NOT, OR and parentheses', () => {
    const q = parseSoql(
      "select id from account where (Name = 'O\\'Brien' or Name != null) and NOT Id IN ('a','b') and CloseDate < 2025-01-01 and Amount <> -1.5",
    );
    expect(JSON.stringify(q.where)).toContain("O'Brien");
    expect(q.where).toMatchObject({
      kind: 'and',
      items: [
        { kind: 'or' },
        { kind: 'not', item: { kind: 'in', negated: false } },
        { value: { kind: 'date' } },
        { op: '!=', value: { value: -1.5 } },
      ],
    });
    expect(parseSoql("SELECT Id FROM Lead WHERE Id NOT IN ('x')").where).toMatchObject({ kind: 'in', negated: true });
  });

  it("answers MALFORMED_QUERY with Salesforce's caret and column for what it does not accept", () => {
    const e = failure('SELECT Id FROM Account WHERE');
    expect(e).toMatchObject({ status: 400, body: [{ errorCode: 'MALFORMED_QUERY' }] });
    expect(e.body[0]?.message).toBe(
      "\nSELECT Id FROM Account WHERE\n                            ^\nERROR at Row:1:Column:29\nunexpected token: '<EOF>'",
    );
    for (const soql of [
      'SELECT Id FROM Account GROUP BY Name',
      'SELECT Id FROM Account WHERE A = 1 AND B = 2 OR C = 3',
      'SELECT Id FROM Account WHERE CreatedDate > LAST_N_DAYS:3',
      'SELECT FROM Account',
      'SELECT Id FROM Account LIMIT x',
    ]) {
      expect(failure(soql).body[0]?.errorCode).toBe('MALFORMED_QUERY');
    }
  });
});
