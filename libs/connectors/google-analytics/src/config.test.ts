import { describe, expect, it } from 'vitest';
import { GoogleAnalyticsSettings } from './config.js';

describe('GoogleAnalyticsSettings', () => {
  it('accepts property ids bare or as resource names, once each, with a 3-day lookback by default', () => {
    const s = GoogleAnalyticsSettings.parse({ propertyIds: ['properties/123', '123', ' 456 '] });
    expect(s).toMatchObject({ propertyIds: ['123', '456'], lookbackDays: 3, initialDays: 30, daysPerRequest: 31 });
  });

  it('rejects an id that is not a GA4 property', () => {
    expect(GoogleAnalyticsSettings.safeParse({ propertyIds: ['UA-1234-1'] }).success).toBe(false);
  });
});
