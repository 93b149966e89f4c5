import { describe, expect, it } from 'vitest';
import { salesforceOAuthEndpoints, SalesforceSettings } from './settings.js';

describe('Salesforce settings', () => {
  it('defaults to production login, writeback off, Tributary_Score__c fields and default weights', () => {
    expect(SalesforceSettings.parse({})).toMatchObject({
      loginHost: 'login.salesforce.com',
      writeback: {
        enabled: false,
        fields: { contact: 'Tributary_Score__c', lead: 'Tributary_Score__c', account: 'Tributary_Score__c' },
        weights: { halfLifeDays: 30 },
      },
    });
  });

  it('accepts production, sandbox, My Domain hosts (URLs trimmed to the host) and a loopback simulator', () => {
    for (const host of [
      'login.salesforce.com',
      'test.salesforce.com',
      'acme.my.salesforce.com',
      'acme--uat.sandbox.my.salesforce.com',
      'https://Acme.my.salesforce.com/',
      '127.0.0.1:4010',
    ]) {
      expect(SalesforceSettings.safeParse({ loginHost: host }).success).toBe(true);
    }
  });

  it('refuses hosts that are not Salesforce (the client secret goes there)', () => {
    for (const host of ['evil.example', 'login.salesforce.com.evil.example', 'my.salesforce.com.attacker.io', '10.0.0.1']) {
      expect(SalesforceSettings.safeParse({ loginHost: host }).success).toBe(false);
    }
    expect(SalesforceSettings.safeParse({ writeback: { fields: { contact: 'Bad Field!' } } }).success).toBe(false);
  });

  it('derives the OAuth endpoints from the login host; https except on loopback; invalid settings are a config error', () => {
    expect(salesforceOAuthEndpoints({ loginHost: 'test.salesforce.com' })).toEqual({
      authorizeUrl: 'https://test.salesforce.com/services/oauth2/authorize',
      tokenUrl: 'https://test.salesforce.com/services/oauth2/token',
      revokeUrl: 'https://test.salesforce.com/services/oauth2/revoke',
    });
    expect(salesforceOAuthEndpoints({}).tokenUrl).toBe('https://login.salesforce.com/services/oauth2/token');
    expect(salesforceOAuthEndpoints({ loginHost: '127.0.0.1:4010' }).authorizeUrl).toBe('http://127.0.0.1:4010/services/oauth2/authorize');
    expect(() => salesforceOAuthEndpoints({ loginHost: 'evil.example' })).toThrow(expect.objectContaining({ kind: 'config' }));
  });
});
