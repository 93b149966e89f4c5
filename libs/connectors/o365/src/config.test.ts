import { describe, expect, it } from 'vitest';
import { EmailDomain, O365Config, O365Settings } from './config.js';
import { o365, o365OAuthEndpoints } from './connector.js';

describe('Office 365 settings', () => {
  it('defaults to work accounts, both folders, the calendar and the most restrictive privacy', () => {
    expect(O365Settings.parse({})).toEqual({
      tenant: 'organizations',
      folders: ['inbox', 'sentitems'],
      calendar: true,
      calendarPastDays: 90,
      calendarFutureDays: 30,
      privacy: { dpaAcceptedAt: null, allowedDomains: [], ownDomain: null, includeSubjects: false },
    });
  });

  it('signs in at the configured tenant, and falls back to organizations for anything else', () => {
    expect(o365OAuthEndpoints({ tenant: 'Contoso.onmicrosoft.com' })).toEqual({
      authorizeUrl: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize',
      tokenUrl: 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token',
    });
    expect(o365OAuthEndpoints({ tenant: '../evil' }).tokenUrl).toBe('https://login.microsoftonline.com/organizations/oauth2/v2.0/token');
    expect(O365Settings.safeParse({ tenant: 'https://evil.example/x' }).success).toBe(false);
  });

  it('asks for read-only scopes with PKCE, never Mail.Read', () => {
    expect(o365.auth).toMatchObject({
      type: 'oauth2',
      pkce: true,
      scopes: ['offline_access', 'User.Read', 'Mail.ReadBasic', 'Calendars.Read'],
    });
  });

  it('reads only the known folders, once each', () => {
    expect(O365Settings.parse({ folders: ['sentitems', 'sentitems'] }).folders).toEqual(['sentitems']);
    expect(O365Settings.safeParse({ folders: ['deleteditems'] }).success).toBe(false);
  });

  it('normalizes domains (an address gives its domain) and refuses anything that is not one', () => {
    expect(EmailDomain.parse(' @Acme.COM ')).toBe('acme.com');
    expect(EmailDomain.parse('kim@Acme.com')).toBe('acme.com');
    for (const bad of ['acme', '*.acme.com', 'acme .com', '']) expect(EmailDomain.safeParse(bad).success, bad).toBe(false);
  });

  it('lifts the access token out of the stored tokens', () => {
    const config = O365Config.parse({
      tokens: { accessToken: 'at', refreshToken: 'rt', tokenType: 'Bearer', obtainedAt: '2026-12-06T10:00:00.000Z' },
    });
    expect(config.accessToken).toBe('at');
  });
});
