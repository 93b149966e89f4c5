import { changedStreams, draftErrors, isOverride, overridesOf, removeRow, resetRow, toDraft, upsertRow } from './draft';

const effective = [
  {
    stream: 'charges',
    source: 'description',
    target: 'description',
    transform: 'none',
    isDefault: true,
    defaultSource: 'description',
    defaultTransform: 'none',
  },
  {
    stream: 'charges',
    source: 'currency',
    target: 'currency',
    transform: 'uppercase',
    isDefault: true,
    defaultSource: 'currency',
    defaultTransform: 'uppercase',
  },
  {
    stream: 'customers',
    source: 'metadata.title',
    target: 'title',
    transform: 'trim',
    isDefault: false,
    defaultSource: null,
    defaultTransform: null,
  },
] as const;

describe('mapping draft', () => {
  const rows = toDraft(effective.map((m) => ({ ...m })));
  const row = (i: number) => {
    const r = rows[i];
    if (!r) throw new Error(`no row ${i}`);
    return r;
  };

  it('treats rows equal to the default as defaults and new targets as overrides', () => {
    expect(rows.map(isOverride)).toEqual([false, false, true]);
    expect(overridesOf(rows)).toEqual([{ stream: 'customers', source: 'metadata.title', target: 'title', transform: 'trim' }]);
  });

  it('stores an edited default as an override, trimmed, and resets it back', () => {
    const edited = upsertRow(rows, { ...row(0), source: ' metadata.order_id ' });
    expect(overridesOf(edited)).toContainEqual({
      stream: 'charges',
      source: 'metadata.order_id',
      target: 'description',
      transform: 'none',
    });
    const reset = upsertRow(edited, resetRow(edited[0] ?? row(0)));
    expect(overridesOf(reset)).toHaveLength(1);
  });

  it('counts a changed transform alone as an override', () => {
    const edited = upsertRow(rows, { ...row(1), transform: 'lowercase' });
    expect(overridesOf(edited)).toContainEqual({ stream: 'charges', source: 'currency', target: 'currency', transform: 'lowercase' });
  });

  it('reports empty sources', () => {
    expect(draftErrors(upsertRow(rows, { ...row(0), source: '  ' }))).toEqual(['charges.description: source is empty']);
  });

  it('names the streams whose overrides changed (the ones to apply to stored rows)', () => {
    expect(changedStreams(rows, rows)).toEqual([]);
    expect(changedStreams(rows, upsertRow(rows, { ...row(0), source: 'metadata.order_id' }))).toEqual(['charges']);
    // Typing a default back is no change.
    expect(changedStreams(rows, upsertRow(rows, { ...row(0), source: 'description ' }))).toEqual([]);
    expect(changedStreams(rows, removeRow(rows, row(2)))).toEqual(['customers']);
  });
});
