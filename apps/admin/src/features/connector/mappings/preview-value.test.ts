import { showValue } from './preview-value';

describe('showValue', () => {
  it('shows every empty value as —', () => {
    for (const empty of [undefined, null, '']) expect(showValue('title', empty)).toBe('—');
  });

  it('shows times as ISO, from epoch seconds or milliseconds as from a date string', () => {
    const iso = '2025-12-06T00:00:00.000Z';
    expect(showValue('occurredAt', 1_764_979_200)).toBe(iso);
    expect(showValue('occurredAt', 1_764_979_200_000)).toBe(iso);
    expect(showValue('occurredAt', iso)).toBe(iso);
    expect(showValue('closeDate', 1_764_979_200)).toBe(iso);
  });

  it('leaves other numbers and values alone', () => {
    expect(showValue('amount', 1_764_979_200)).toBe('1764979200');
    expect(showValue('properties', { a: 1 })).toBe('{"a":1}');
    expect(showValue('internal', false)).toBe('false');
  });
});
