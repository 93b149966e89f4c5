import { describe, expect, it } from 'vitest';
import { GoogleAdsSettings } from './config.js';
import { googleAds } from './connector.js';

describe('applyAccount (the console account picker)', () => {
  it('adds the picked account to the synced ones, through its manager when it has one', () => {
    const start = GoogleAdsSettings.parse({});
    const direct = googleAds.applyAccount?.(start, { id: '4039274957', name: 'US' }) as GoogleAdsSettings;
    expect(direct).toMatchObject({ customerIds: ['4039274957'], loginCustomerIds: {} });
    const client = googleAds.applyAccount?.(direct, { id: '3246341647', name: 'Tokyo', parentId: '2944090265' }) as GoogleAdsSettings;
    expect(GoogleAdsSettings.parse(client)).toMatchObject({
      customerIds: ['4039274957', '3246341647'],
      loginCustomerIds: { '3246341647': '2944090265' },
    });
  });
});
