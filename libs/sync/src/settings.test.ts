import { describe, expect, it } from 'vitest';
import { FailRejectRate } from './settings.js';

describe('FailRejectRate (SYNC_FAIL_REJECT_RATE)', () => {
  it('reads a share from 0 to 1', () => {
    expect(FailRejectRate.parse('0.25')).toBe(0.25);
    expect(FailRejectRate.parse(' 1 ')).toBe(1);
    expect(FailRejectRate.parse('0')).toBe(0);
  });

  it('refuses a value outside 0..1, a word and an empty value (never read as 0)', () => {
    for (const bad of ['1.5', '-0.1', 'half', '', '  ']) expect(FailRejectRate.safeParse(bad).success, bad).toBe(false);
  });
});
