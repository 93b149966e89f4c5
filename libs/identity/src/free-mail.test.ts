import { describe, expect, it } from 'vitest';
import { FREE_MAIL_DOMAINS, isFreeMail } from './free-mail.js';

describe('free-mail domains', () => {
  it('recognizes addresses and bare domains in any case', () => {
    expect(isFreeMail(' Ann@GMAIL.com ')).toBe(true);
    expect(isFreeMail('outlook.com')).toBe(true);
    expect(isFreeMail('ann@acme.io')).toBe(false);
    expect(isFreeMail('ann@mail.gmail.company.com')).toBe(false);
  });

  it('lists lowercase domains once each (the SQL compares them as given)', () => {
    expect(new Set(FREE_MAIL_DOMAINS).size).toBe(FREE_MAIL_DOMAINS.length);
    for (const d of FREE_MAIL_DOMAINS) expect(d).toMatch(/^[a-z0-9.-]+\.[a-z]+$/);
  });
});
