import { explain } from './troubleshoot';

describe('explain', () => {
  it('tells a person to connect again after an invalid grant', () => {
    const e = explain({ message: 'Stripe refused the authorization code: invalid_grant' });
    expect(e.title).toMatch(/expired/);
    expect(e.fix).toMatch(/Connect again/);
  });

  it('explains an unregistered redirect URI with the callback to register', () => {
    const e = explain({ message: 'redirect_uri is not registered for this client' });
    expect(e.fix).toContain('/api/connectors/');
    expect(e.fix).toMatch(/allowed redirect URIs/);
  });

  it('asks to reconnect when the token refresh failed', () => {
    expect(explain({ message: 'Token refresh failed' }).fix).toMatch(/reconnect/);
  });

  it('asks to wait and retry on rate limits, preferring the gateway fix', () => {
    expect(explain({ message: 'slow down', kind: 'rate_limited' }).fix).toMatch(/Wait a few minutes/);
    expect(explain({ message: 'slow down', kind: 'rate_limited', suggestedFix: 'Retry after 60 s.' }).fix).toBe('Retry after 60 s.');
  });

  it('falls back to the gateway suggestion, then to a generic next step', () => {
    expect(explain({ message: 'boom', suggestedFix: 'Do X.' })).toEqual({ title: 'Something went wrong', detail: 'boom', fix: 'Do X.' });
    expect(explain({ message: 'boom' }).fix).toMatch(/Try again/);
  });
});
