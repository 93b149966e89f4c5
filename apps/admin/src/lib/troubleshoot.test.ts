import { explain } from './troubleshoot';

describe('explain', () => {
  it('tells a person to connect again after an invalid grant', () => {
    const e = explain({ message: 'Stripe refused the authorization code: invalid_grant' });
    expect(e.title).toMatch(/expired/);
    expect(e.fix).toMatch(/Connect again/);
  });

  it('names the exact redirect URI to register: the gateway origin serving the console, for that connector', () => {
    const e = explain({ message: 'redirect_uri is not registered for this client', connectorType: 'salesforce' });
    expect(e.title).toMatch(/callback URL/);
    expect(e.fix).toBe(
      `Add ${window.location.origin}/api/connectors/salesforce/callback to the allowed redirect URIs of your OAuth app at the vendor, then connect again.`,
    );
  });

  it('names the gateway, not the Vite dev server, when the dev server passes the gateway URL', () => {
    vi.stubEnv('VITE_GATEWAY_URL', 'http://127.0.0.1:3000');
    try {
      expect(explain({ message: 'redirect_uri_mismatch', connectorType: 'google-ads' }).fix).toContain(
        'Add http://127.0.0.1:3000/api/connectors/google-ads/callback to the allowed redirect URIs',
      );
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('says which part to fill in when it does not know the connector', () => {
    expect(explain({ message: 'redirect uri mismatch' }).fix).toContain(
      `${window.location.origin}/api/connectors/<connector type>/callback`,
    );
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

  it('says per form what is wrong and what to do, without the activity log where no connector is involved', () => {
    const offline = explain({ message: 'network error (ENOTFOUND)', kind: 'transient', suggestedFix: 'Try again later.' });
    expect(offline.title).toBe('The vendor could not be reached');
    expect(offline.fix).toMatch(/reach the internet \(DNS, proxy, firewall\)/);
    const password = explain({ message: 'Passwords have at least 12 characters' });
    expect(password).toMatchObject({ title: 'The password is too short', fix: 'Choose a longer password (at least 12 characters).' });
    const fields = explain({ message: 'Invalid settings', fieldErrors: [{ path: 'lookbackDays', message: 'Too big' }] });
    expect(fields).toMatchObject({ title: 'Some fields need a change', fix: 'lookbackDays: Too big' });
    for (const e of [offline, password, fields, explain({ message: 'boom' })]) expect(e.fix).not.toMatch(/activity log/);
    expect(explain({ message: 'boom', connectorType: 'stripe' }).fix).toMatch(/activity log/);
  });

  it('says a rejected API key was not accepted, not that access was revoked', () => {
    const e = explain({
      message: 'Stripe rejected the API key (401): Invalid API Key provided: sk_test_********wxyz',
      kind: 'auth_revoked',
      suggestedFix: 'Check the key, or create a new one with read access, and try again.',
    });
    expect(e).toEqual({
      title: 'The vendor did not accept the API key',
      detail: 'Stripe rejected the API key (401): Invalid API Key provided: sk_test_********wxyz',
      fix: 'Check the key, or create a new one with read access, and try again.',
    });
    expect(explain({ message: 'Invalid API key' }).fix).toMatch(/Check the key/);
  });
});
