import { describeCron } from './cron';

describe('describeCron', () => {
  it('puts a schedule into words', () => {
    expect(describeCron('*/15 * * * *')).toEqual({ ok: true, text: 'Every 15 minutes' });
    expect(describeCron(' 0 2 * * * ')).toEqual({ ok: true, text: 'At 02:00' });
  });

  it('rejects what is not a 5-field cron, saying why', () => {
    expect(describeCron('')).toEqual({ ok: false, error: 'Enter a schedule' });
    expect(describeCron('* * * *')).toMatchObject({ ok: false, error: expect.stringMatching(/5 fields.*this has 4/) });
    expect(describeCron('99 * * * *').ok).toBe(false);
  });
});
