import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, maxDate, minDate, todayIn } from './dates.js';

describe('account-time dates', () => {
  it("gives each account's own today at the same instant", () => {
    const at = new Date('2026-10-14T20:30:00Z');
    expect(todayIn('Asia/Tokyo', at)).toBe('2026-10-15'); // 05:30 the next morning
    expect(todayIn('Europe/Berlin', at)).toBe('2026-10-14');
    expect(todayIn('America/Los_Angeles', at)).toBe('2026-10-14');
    expect(todayIn('Pacific/Kiritimati', at)).toBe('2026-10-15'); // UTC+14
    expect(todayIn('UTC', new Date('2026-10-15T00:00:00Z'))).toBe('2026-10-15');
  });

  it('is behind UTC in the Americas just after midnight UTC', () => {
    const at = new Date('2026-10-15T03:00:00Z');
    expect(todayIn('America/New_York', at)).toBe('2026-10-14');
    expect(todayIn('Asia/Kuwait', at)).toBe('2026-10-15');
  });

  it('follows daylight saving changes (New York falls back on 2026-11-01)', () => {
    expect(todayIn('America/New_York', new Date('2026-11-01T04:30:00Z'))).toBe('2026-11-01'); // 00:30 EDT
    expect(todayIn('America/New_York', new Date('2026-11-02T04:30:00Z'))).toBe('2026-11-01'); // 23:30 EST
  });

  it('throws for an unknown time zone', () => {
    expect(() => todayIn('Mars/Olympus_Mons', new Date())).toThrow(RangeError);
  });

  it('does calendar arithmetic across months, leap days and DST', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-11-01', 1)).toBe('2026-11-02');
    expect(addDays('2026-10-31', -29)).toBe('2026-10-02');
    expect(daysBetween('2026-10-01', '2026-10-31')).toBe(30);
    expect(daysBetween('2026-10-31', '2026-10-01')).toBe(-30);
    expect(minDate('2026-10-01', '2026-09-30')).toBe('2026-09-30');
    expect(maxDate('2026-10-01', '2026-09-30')).toBe('2026-10-01');
  });
});
