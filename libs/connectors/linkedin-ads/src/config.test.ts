import { describe, expect, it } from 'vitest';
import { LinkedInAdsConfig, LinkedInAdsSettings } from './config.js';
import { linkedinAds } from './connector.js';
import { analyticsPath } from './requests.js';

describe('LinkedIn Ads settings, requests and the account picker', () => {
  it('normalizes account ids (URNs reduced to the number, duplicates removed) and fills defaults', () => {
    expect(LinkedInAdsSettings.parse({ accountIds: ['urn:li:sponsoredAccount:508915158', '508915158', '42'] })).toEqual({
      accountIds: ['508915158', '42'],
      initialDays: 30,
      restatementDays: 30,
      daysPerRequest: 30,
    });
    expect(LinkedInAdsSettings.safeParse({ accountIds: ['urn:li:organization:1'] }).success).toBe(false);
    expect(LinkedInAdsSettings.safeParse({ daysPerRequest: 0 }).success).toBe(false);
  });

  it('writes the adAnalytics query in Rest.li 2.0 syntax: structure as is, the URN encoded inside List()', () => {
    expect(analyticsPath('508915158', '2026-10-01', '2026-10-07')).toBe(
      '/rest/adAnalytics?q=analytics&pivot=CAMPAIGN&timeGranularity=DAILY' +
        '&dateRange=(start:(year:2026,month:10,day:1),end:(year:2026,month:10,day:7))' +
        '&accounts=List(urn%3Ali%3AsponsoredAccount%3A508915158)' +
        '&fields=dateRange,pivotValues,impressions,clicks,costInLocalCurrency,externalWebsiteConversions,oneClickLeads',
    );
  });

  it('pins the API version and Rest.li protocol on every request, and stores the tokens', () => {
    expect(linkedinAds.http.headers).toEqual({ 'LinkedIn-Version': '202610', 'X-Restli-Protocol-Version': '2.0.0' });
    const tokens = { accessToken: 'AQV-token', refreshToken: 'AQX-refresh', obtainedAt: '2026-10-14T00:00:00.000Z' };
    expect(LinkedInAdsConfig.parse({ tokens })).toMatchObject({ accessToken: 'AQV-token', tokens: { refreshToken: 'AQX-refresh' } });
  });

  it('adds the picked ad account to the synced ones', () => {
    const once = linkedinAds.applyAccount?.(LinkedInAdsSettings.parse({}), { id: '508915158', name: 'US' });
    expect(
      LinkedInAdsSettings.parse(linkedinAds.applyAccount?.(LinkedInAdsSettings.parse(once), { id: '508915158', name: 'US' })).accountIds,
    ).toEqual(['508915158']);
  });
});
