import { isoExponent, money } from './format';

describe('money', () => {
  const plain = (text: string) => text.replace(/\s/g, ' ');

  it('reads amounts as ISO 4217 minor units, whatever Intl thinks the currency has', () => {
    expect(isoExponent('isk')).toBe(0);
    expect(plain(money(5000, 'ISK'))).toMatch(/5,000/);
    expect(plain(money(5000, 'ISK'))).not.toMatch(/50\.00|5,000\.00/);
    expect(money(16850, 'USD')).toBe('$168.50');
    expect(money(1500, 'JPY')).toMatch(/1,500/);
    expect(plain(money(1234, 'KWD'))).toMatch(/1\.234/);
    // CLDR (Intl) shows IQD and HUF without decimals; ISO 4217 gives them 3 and 2.
    expect(plain(money(12345, 'IQD'))).toMatch(/12\.345/);
    expect(plain(money(12345, 'HUF'))).toMatch(/123\.45/);
  });

  it('says nothing for no amount, and still shows a code Intl does not know', () => {
    expect(money(null, 'USD')).toBe('—');
    expect(money(1234, 'XYZ!')).toBe('12.34 XYZ!');
  });
});
