import { describe, expect, it } from 'vitest';
import { applyMappings, compileMappings, mergeMappings, validateMappings, type FieldMappingInput } from './field-mapping.js';

const map = (mappings: FieldMappingInput[], record: { stream: string; raw: Record<string, unknown>; derived?: Record<string, unknown> }) =>
  applyMappings(compileMappings(mergeMappings(mappings)), record);

describe('mergeMappings', () => {
  const defaults: FieldMappingInput[] = [
    { stream: 'customers', source: 'id', target: 'externalId' },
    { stream: 'customers', source: 'email', target: 'email', transform: 'lowercase' },
    { stream: 'charges', source: 'billing_details.email', target: 'customerEmail' },
  ];

  it('defaults the transform to none', () => {
    expect(mergeMappings(defaults)[0]).toEqual({ stream: 'customers', source: 'id', target: 'externalId', transform: 'none' });
  });

  it('lets an override replace the default for the same stream and target', () => {
    const merged = mergeMappings(defaults, [{ stream: 'customers', source: 'metadata.work_email', target: 'email', transform: 'trim' }]);
    expect(merged).toHaveLength(3);
    expect(merged.filter((m) => m.target === 'email')).toEqual([
      { stream: 'customers', source: 'metadata.work_email', target: 'email', transform: 'trim' },
    ]);
  });

  it('keeps a same-named target of another stream and adds new targets', () => {
    const merged = mergeMappings(defaults, [
      { stream: 'charges', source: 'receipt_email', target: 'email' },
      { stream: 'customers', source: 'name', target: 'firstName' },
    ]);
    expect(merged).toHaveLength(5);
    expect(merged.find((m) => m.stream === 'customers' && m.target === 'email')?.source).toBe('email');
    expect(merged.find((m) => m.stream === 'customers' && m.target === 'firstName')?.source).toBe('name');
  });

  it('rejects a malformed mapping', () => {
    expect(() => mergeMappings([{ stream: 'customers', source: '', target: 'email' }])).toThrow();
    expect(() =>
      mergeMappings(defaults, [{ stream: 'customers', source: 'x', target: 'email', transform: 'reverse' as 'trim' }]),
    ).toThrow();
  });
});

describe('applyMappings', () => {
  const raw = {
    id: 'cus_1',
    email: '  Jo@Acme.COM ',
    billing: { address: { country: 'us' } },
    lines: { data: [{ price: { id: 'price_1' } }, { price: { id: 'price_2' } }] },
    amount: 1999,
    paid: true,
    meta: { nothing: null },
  };

  it('reads nested paths, array indexes and -1 for the last element', () => {
    const out = map(
      [
        { stream: 's', source: 'billing.address.country', target: 'country' },
        { stream: 's', source: 'lines.data.0.price.id', target: 'first' },
        { stream: 's', source: 'lines.data.-1.price.id', target: 'last' },
      ],
      { stream: 's', raw },
    );
    expect(out).toEqual({ country: 'us', first: 'price_1', last: 'price_2' });
  });

  it('reads $. paths from the derived values, not the raw row', () => {
    const mappings: FieldMappingInput[] = [
      { stream: 's', source: '$.amountMinor', target: 'amount' },
      { stream: 's', source: '$.contact.email', target: 'email' },
    ];
    expect(
      map(mappings, { stream: 's', raw: { amountMinor: 1 }, derived: { amountMinor: 120_000, contact: { email: 'a@b.co' } } }),
    ).toEqual({
      amount: 120_000,
      email: 'a@b.co',
    });
    expect(map(mappings, { stream: 's', raw: { amountMinor: 1 } })).toEqual({});
  });

  it.each([
    ['none', '  Jo@Acme.COM '],
    ['lowercase', '  jo@acme.com '],
    ['uppercase', '  JO@ACME.COM '],
    ['trim', 'Jo@Acme.COM'],
  ] as const)('applies the %s transform', (transform, expected) => {
    expect(map([{ stream: 's', source: 'email', target: 'email', transform }], { stream: 's', raw })).toEqual({ email: expected });
  });

  it('leaves non-string values untouched by transforms', () => {
    const out = map(
      [
        { stream: 's', source: 'amount', target: 'amount', transform: 'uppercase' },
        { stream: 's', source: 'paid', target: 'paid', transform: 'trim' },
        { stream: 's', source: 'billing', target: 'billing', transform: 'lowercase' },
      ],
      { stream: 's', raw },
    );
    expect(out).toEqual({ amount: 1999, paid: true, billing: { address: { country: 'us' } } });
  });

  it('omits missing values but keeps explicit nulls', () => {
    const out = map(
      [
        { stream: 's', source: 'missing', target: 'a' },
        { stream: 's', source: 'billing.address.zip', target: 'b' },
        { stream: 's', source: 'lines.data.5.price.id', target: 'c' },
        { stream: 's', source: 'meta.nothing', target: 'd' },
      ],
      { stream: 's', raw },
    );
    expect(out).toEqual({ d: null });
    expect(Object.keys(out)).toEqual(['d']);
  });

  it('only applies the rules of the record stream', () => {
    const compiled = compileMappings(
      mergeMappings([
        { stream: 'customers', source: 'id', target: 'externalId' },
        { stream: 'charges', source: 'id', target: 'chargeId' },
      ]),
    );
    expect(applyMappings(compiled, { stream: 'customers', raw })).toEqual({ externalId: 'cus_1' });
    expect(applyMappings(compiled, { stream: 'refunds', raw })).toEqual({});
  });
});

describe('validateMappings', () => {
  const streams = [
    { name: 'customers', entity: 'person' as const },
    { name: 'charges', entity: 'charge' as const },
  ];

  it('accepts mappings onto fields of the stream entity', () => {
    expect(
      validateMappings(
        [
          { stream: 'customers', source: 'email', target: 'email' },
          { stream: 'charges', source: 'amount', target: 'amount' },
        ],
        streams,
      ),
    ).toEqual([]);
  });

  it('reports unknown streams, unknown targets and malformed entries by index', () => {
    const issues = validateMappings(
      [
        { stream: 'customers', source: 'id', target: 'externalId' },
        { stream: 'invoices', source: 'id', target: 'externalId' },
        { stream: 'charges', source: 'email', target: 'email' },
        { stream: 'customers', source: '', target: 'email' },
        { stream: 'customers', source: 'x', target: 'email', transform: 'reverse' as 'trim' },
      ],
      streams,
    );
    expect(issues.map((i) => i.index)).toEqual([1, 2, 3, 4]);
    expect(issues[0]?.message).toBe('Unknown stream "invoices"');
    expect(issues[1]?.message).toBe('"email" is not a field of charge');
    expect(issues[2]?.message).toMatch(/^source: /);
    expect(issues[3]?.message).toMatch(/^transform: /);
  });
});
