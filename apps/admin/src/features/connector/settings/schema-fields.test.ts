import { labelOf, settingFields } from './schema-fields';

/** Salesforce's settings schema as the gateway sends it (abridged; the nested group comes before a plain setting). */
const salesforce = {
  type: 'object',
  properties: {
    loginHost: { type: 'string', description: 'The host Salesforce logins go to' },
    writeback: {
      type: 'object',
      properties: {
        enabled: { type: 'boolean', default: false },
        fields: { type: 'object', properties: { contact: { type: 'string' } } },
      },
    },
    overlapMinutes: { type: 'integer', minimum: 0, maximum: 1440, default: 5, description: 'Minutes re-read' },
  },
  additionalProperties: {},
};

describe('settingFields', () => {
  it('draws strings, integers with bounds and descriptions, booleans, and one level of nested objects (after the plain inputs)', () => {
    expect(settingFields(salesforce)).toEqual([
      {
        key: 'loginHost',
        path: 'loginHost',
        label: 'Login host',
        description: 'The host Salesforce logins go to',
        default: undefined,
        kind: 'string',
      },
      expect.objectContaining({ path: 'overlapMinutes', kind: 'number', integer: true, min: 0, max: 1440, default: 5 }),
      expect.objectContaining({
        path: 'writeback',
        kind: 'object',
        fields: [
          expect.objectContaining({ path: 'writeback.enabled', kind: 'boolean', default: false }),
          // A second level of nesting is edited as JSON.
          expect.objectContaining({ path: 'writeback.fields', kind: 'json' }),
        ],
      }),
    ]);
  });

  it('draws enums, lists of strings and lists of enums; maps and lists of lists fall back to JSON', () => {
    const fields = settingFields({
      type: 'object',
      properties: {
        region: { type: 'string', enum: ['us', 'eu'] },
        teams: { type: 'array', items: { type: 'string' } },
        folders: { type: 'array', items: { type: 'string', enum: ['inbox', 'sentitems'] } },
        dimensionSets: { type: 'array', items: { type: 'array', items: { type: 'string' } } },
        types: { type: 'object', propertyNames: { type: 'string' }, additionalProperties: { type: 'number' } },
        weight: { type: 'number', exclusiveMinimum: 0 },
        either: { type: ['string', 'null'] },
      },
    });
    // Plain inputs first, then the JSON-edited ones.
    expect(fields?.map((f) => [f.key, f.kind])).toEqual([
      ['region', 'enum'],
      ['teams', 'strings'],
      ['folders', 'enums'],
      ['weight', 'number'],
      ['dimensionSets', 'json'],
      ['types', 'json'],
      ['either', 'json'],
    ]);
    expect(fields?.[2]).toMatchObject({ options: ['inbox', 'sentitems'] });
  });

  it('is null for what is not an object schema (the console shows only the raw JSON)', () => {
    expect(settingFields(null)).toBeNull();
    expect(settingFields({ type: 'string' })).toBeNull();
    expect(settingFields({ type: 'object' })).toEqual([]);
  });

  it('labels camelCase and snake_case names as words', () => {
    expect(labelOf('calendarPastDays')).toBe('Calendar past days');
    expect(labelOf('include_subjects')).toBe('Include subjects');
  });
});
