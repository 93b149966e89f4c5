import { describe, expect, it } from 'vitest';
import { buildUrl } from './url.js';

describe('buildUrl', () => {
  it('keeps the path prefix of the base URL, whatever the slashes', () => {
    expect(buildUrl('https://api.acme.test/v2', '/contacts')).toBe('https://api.acme.test/v2/contacts');
    expect(buildUrl('https://api.acme.test/v2/', 'contacts')).toBe('https://api.acme.test/v2/contacts');
    expect(buildUrl('https://api.acme.test/v2//', '//contacts')).toBe('https://api.acme.test/v2/contacts');
    expect(buildUrl('https://api.acme.test', '/v1/charges')).toBe('https://api.acme.test/v1/charges');
  });

  it('passes absolute URLs through (next-page links)', () => {
    expect(buildUrl('https://api.acme.test/v2', 'https://other.acme.test/next?page=2')).toBe('https://other.acme.test/next?page=2');
    expect(buildUrl('https://api.acme.test/v2', 'HTTP://other.acme.test/x')).toBe('HTTP://other.acme.test/x');
  });

  it('appends query parameters, repeating arrays and skipping null and undefined', () => {
    const url = new URL(
      buildUrl('https://api.stripe.test', '/v1/charges', {
        limit: 100,
        'expand[]': ['data.customer', 'data.invoice'],
        starting_after: undefined,
        ending_before: null,
        paid: true,
        q: 'a b&c',
      }),
    );
    expect(url.searchParams.getAll('expand[]')).toEqual(['data.customer', 'data.invoice']);
    expect(url.searchParams.get('limit')).toBe('100');
    expect(url.searchParams.get('paid')).toBe('true');
    expect(url.searchParams.get('q')).toBe('a b&c');
    expect(url.searchParams.has('starting_after')).toBe(false);
    expect(url.searchParams.has('ending_before')).toBe(false);
  });

  it('merges with a query string already in the path, replacing same-named scalars', () => {
    const url = new URL(buildUrl('https://api.acme.test', '/items?page=1&sort=asc', { page: 2 }));
    expect(url.pathname).toBe('/items');
    expect(url.searchParams.get('page')).toBe('2');
    expect(url.searchParams.get('sort')).toBe('asc');
  });

  it('returns the joined URL untouched without a query', () => {
    expect(buildUrl('https://api.acme.test', '/x?a=1')).toBe('https://api.acme.test/x?a=1');
  });
});
