import { channelLabel, compact, withoutPartialDay } from './channels';

describe('channelLabel', () => {
  it('names known channels and capitalizes the words of others', () => {
    expect(channelLabel('google_ads')).toBe('Google Ads');
    expect(channelLabel('linkedin_ads')).toBe('LinkedIn Ads');
    expect(channelLabel('tiktok_ads')).toBe('Tiktok Ads');
  });
});

describe('compact', () => {
  it('shortens big axis values', () => {
    expect(compact(1_000_000)).toBe('1M');
    expect(compact(2500)).toBe('2.5K');
  });
});

describe('withoutPartialDay', () => {
  it("leaves out today's rows, and says so", () => {
    const rows = [{ date: '2026-12-05' }, { date: '2026-12-06' }];
    expect(withoutPartialDay(rows, new Date('2026-12-06T11:00:00Z'))).toEqual({ rows: [{ date: '2026-12-05' }], leftOut: true });
    expect(withoutPartialDay(rows, new Date('2026-12-07T00:00:00Z'))).toEqual({ rows, leftOut: false });
  });
});
