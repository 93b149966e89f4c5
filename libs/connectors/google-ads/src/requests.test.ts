import { createHttpClient } from '@tributary/core';
import { describe, expect, it } from 'vitest';
import { classifyGoogleAdsError } from './errors.js';
import { googleAdsHeaders, listAccessibleCustomers, searchStream } from './requests.js';

const FAILURE = 'type.googleapis.com/google.ads.googleads.v26.errors.GoogleAdsFailure';

function client(body: unknown, status = 200) {
  const seen: Request[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    seen.push(new Request(input, init));
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
  return {
    seen,
    http: createHttpClient({ baseUrl: 'https://googleads.googleapis.com', fetch, retries: 0, classify: classifyGoogleAdsError }),
  };
}

describe('Google Ads requests', () => {
  it('sends developer-token and login-customer-id only when set', () => {
    expect(googleAdsHeaders({})).toEqual({});
    expect(googleAdsHeaders({ developerToken: 'dev', loginCustomerId: '1234567890' })).toEqual({
      'developer-token': 'dev',
      'login-customer-id': '1234567890',
    });
  });

  it('posts the query to searchStream and returns the rows of every batch', async () => {
    const { http, seen } = client([
      { results: [{ a: 1 }, { a: 2 }], fieldMask: 'a', requestId: 'r' },
      { results: [{ a: 3 }], fieldMask: 'a', requestId: 'r' },
      { fieldMask: 'a', requestId: 'r' },
    ]);
    const rows = await searchStream(http, { loginCustomerId: '9999999999' }, '1234567890', 'SELECT customer.id FROM customer');
    expect(rows).toEqual([{ a: 1 }, { a: 2 }, { a: 3 }]);
    const request = seen[0];
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe('https://googleads.googleapis.com/v26/customers/1234567890/googleAds:searchStream');
    expect(request?.headers.get('login-customer-id')).toBe('9999999999');
    expect(await request?.json()).toEqual({ query: 'SELECT customer.id FROM customer' });
  });

  it('throws the classified error when the stream fails after it began (an error element in a 200 array)', async () => {
    const error = {
      error: {
        code: 429,
        message: 'Resource has been exhausted (e.g. check quota).',
        status: 'RESOURCE_EXHAUSTED',
        details: [
          {
            '@type': FAILURE,
            errors: [
              {
                errorCode: { quotaError: 'RESOURCE_TEMPORARILY_EXHAUSTED' },
                message: 'm',
                details: { quotaErrorDetails: { retryDelay: '7s' } },
              },
            ],
          },
        ],
      },
    };
    const { http } = client([{ results: [{ a: 1 }], fieldMask: 'a', requestId: 'r' }, error]);
    await expect(searchStream(http, {}, '1234567890', 'SELECT customer.id FROM customer')).rejects.toMatchObject({
      kind: 'rate_limited',
      retryAfterMs: 7_000,
    });
  });

  it('lists accessible customers as bare ids', async () => {
    const { http } = client({ resourceNames: ['customers/1234567890', 'customers/2222222222'] });
    expect(await listAccessibleCustomers(http, {})).toEqual(['1234567890', '2222222222']);
  });
});
