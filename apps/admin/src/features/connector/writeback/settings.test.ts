import { formErrorsOf, mergeWriteback, patchOf, readWriteback, toDraft, validateDraft } from './settings';

describe('writeback settings', () => {
  it('reads missing or malformed settings as off, with the objects that receive a score', () => {
    const view = readWriteback({ writeback: { enabled: 'yes', weights: { types: { call: 'three' } } } });
    expect(view).toEqual({ enabled: false, fields: {}, weights: { types: {} } });
    expect(toDraft(readWriteback(null))).toEqual({
      weights: [],
      defaultWeight: '',
      halfLifeDays: '',
      fields: { contact: '', lead: '', account: '' },
    });
  });

  it('lists the heaviest activity types first and the objects in their usual order', () => {
    const draft = toDraft(
      readWriteback({
        writeback: { fields: { lead: 'L', account: 'A', contact: 'C' }, weights: { types: { call: 3, task: 1, email: 1, meeting: 5 } } },
      }),
    );
    expect(draft.weights.map((w) => w.type)).toEqual(['meeting', 'call', 'email', 'task']);
    expect(Object.keys(draft.fields)).toEqual(['contact', 'lead', 'account']);
  });

  it('leaves empty inputs out, so the connector defaults apply', () => {
    const draft = {
      weights: [{ type: ' demo ', weight: 2 }],
      defaultWeight: '',
      halfLifeDays: 14,
      fields: { contact: '', lead: 'Score__c' },
    };
    expect(validateDraft(draft)).toEqual({});
    expect(patchOf(draft)).toEqual({ fields: { lead: 'Score__c' }, weights: { types: { demo: 2 }, halfLifeDays: 14 } });
  });

  it('refuses duplicate or unnamed types, negative weights and a zero half-life', () => {
    const draft = {
      weights: [
        { type: 'call', weight: 1 },
        { type: 'call', weight: -1 },
        { type: '', weight: 1 },
      ],
      defaultWeight: -1,
      halfLifeDays: 0,
      fields: {},
    };
    expect(validateDraft(draft)).toEqual({
      'weights.1.type': 'Listed twice',
      'weights.1.weight': 'A number, 0 or more',
      'weights.2.type': 'Name the activity type',
      defaultWeight: 'A number, 0 or more',
      halfLifeDays: 'A number of days above 0',
    });
  });

  it('merges into the stored settings and replaces the weight types as a whole', () => {
    const stored = {
      loginHost: 'x',
      writeback: { enabled: true, weights: { types: { a: 1, b: 2 }, precision: 2 }, fields: { lead: 'L__c' } },
    };
    expect(mergeWriteback(stored, { fields: { contact: 'C__c' }, weights: { types: { a: 3 } } })).toEqual({
      loginHost: 'x',
      writeback: { enabled: true, weights: { types: { a: 3 }, precision: 2 }, fields: { lead: 'L__c', contact: 'C__c' } },
    });
  });

  it('puts the gateway field errors on the inputs they belong to', () => {
    const draft = { weights: [{ type: 'call', weight: 1 }], defaultWeight: 1, halfLifeDays: 30, fields: { contact: 'x' } };
    const errors = formErrorsOf(
      [
        { path: 'writeback.fields.contact', message: 'Too long' },
        { path: 'writeback.weights.types.call', message: 'Too small' },
        { path: 'writeback.weights.halfLifeDays', message: 'Positive' },
        { path: 'loginHost', message: 'elsewhere' },
      ],
      draft,
    );
    expect(errors).toEqual({ 'fields.contact': 'Too long', 'weights.0.weight': 'Too small', halfLifeDays: 'Positive' });
  });
});
