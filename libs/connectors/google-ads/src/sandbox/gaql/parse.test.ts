import { describe, expect, it } from 'vitest';
import { parseGaql } from './parse.js';
import { GaqlError } from './tokens.js';

const codeOf = (query: string): string | undefined => {
  try {
    parseGaql(query);
    return undefined;
  } catch (error) {
    return error instanceof GaqlError ? error.code : 'not a GaqlError';
  }
};

describe('GAQL parser', () => {
  it('parses SELECT, FROM, WHERE with AND, ORDER BY and LIMIT, keywords in any case', () => {
    const q = parseGaql(
      "select campaign.id, segments.date, metrics.clicks FROM campaign WHERE segments.date BETWEEN '2026-10-01' and '20261007' AND campaign.status IN ('ENABLED', \"PAUSED\") AND metrics.clicks > 10 ORDER BY segments.date, metrics.clicks DESC LIMIT 5",
    );
    expect(q).toEqual({
      select: ['campaign.id', 'segments.date', 'metrics.clicks'],
      from: 'campaign',
      where: [
        { field: 'segments.date', op: 'BETWEEN', values: ['2026-10-01', '20261007'] },
        { field: 'campaign.status', op: 'IN', values: ['ENABLED', 'PAUSED'] },
        { field: 'metrics.clicks', op: '>', values: [10] },
      ],
      orderBy: [
        { field: 'segments.date', desc: false },
        { field: 'metrics.clicks', desc: true },
      ],
      limit: 5,
    });
  });

  it('parses NOT IN, DURING, != and bare enum constants', () => {
    const q = parseGaql(
      'SELECT campaign.id FROM campaign WHERE campaign.status != REMOVED AND segments.date DURING LAST_7_DAYS AND campaign.id NOT IN (1, 2)',
    );
    expect(q.where).toEqual([
      { field: 'campaign.status', op: '!=', values: ['REMOVED'] },
      { field: 'segments.date', op: 'DURING', values: ['LAST_7_DAYS'] },
      { field: 'campaign.id', op: 'NOT IN', values: [1, 2] },
    ]);
  });

  it("answers malformed queries with Google's QueryError codes", () => {
    expect(codeOf('campaign.id FROM campaign')).toBe('EXPECTED_SELECT');
    expect(codeOf('SELECT campaign.id')).toBe('EXPECTED_FROM');
    expect(codeOf('SELECT campaign.id FROM campaign ORDER campaign.id')).toBe('EXPECTED_BY');
    expect(codeOf("SELECT campaign.id FROM campaign WHERE segments.date BETWEEN '2026-10-01' '2026-10-02'")).toBe('EXPECTED_AND');
    expect(codeOf("SELECT campaign.id FROM campaign WHERE campaign.name = 'open")).toBe('STRING_NOT_TERMINATED');
    expect(codeOf('SELECT campaign.id FROM campaign WHERE campaign.id IN ()')).toBe('PROHIBITED_EMPTY_LIST_IN_CONDITION');
    expect(codeOf('SELECT campaign.id FROM campaign LIMIT 0')).toBe('LIMIT_VALUE_TOO_LOW');
    expect(codeOf('SELECT campaign.id FROM campaign LIMIT many')).toBe('BAD_LIMIT_VALUE');
    expect(codeOf('SELECT campaign.id FROM campaign WHERE')).toBe('UNEXPECTED_END_OF_QUERY');
    expect(codeOf('SELECT campaign.id FROM campaign extra')).toBe('UNEXPECTED_INPUT');
    expect(codeOf('SELECT campaign.id FROM campaign WHERE campaign.id ~ 1')).toBe('BAD_SYMBOL');
  });
});
