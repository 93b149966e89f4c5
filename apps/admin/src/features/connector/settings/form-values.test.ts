import { changedSettings, errorsAt, unclaimed, valueAt, withValue } from './form-values';
import { settingFields } from './schema-fields';

const fields =
  settingFields({
    type: 'object',
    properties: {
      overlapMinutes: { type: 'integer' },
      companyCurrency: { type: 'string' },
      writeback: { type: 'object', properties: { enabled: { type: 'boolean' } } },
    },
  }) ?? [];
const stored = { overlapMinutes: 5, companyCurrency: 'USD', writeback: { enabled: false, weights: { x: 1 } }, accountId: 'a1' };

describe('settings form values', () => {
  it('reads and sets values one level deep, keeping the rest of a nested object', () => {
    const writeback = { path: 'writeback.enabled' };
    expect(valueAt(stored, writeback)).toBe(false);
    expect(withValue(stored, writeback, true).writeback).toEqual({ enabled: true, weights: { x: 1 } });
    expect(withValue(stored, { path: 'companyCurrency' }, undefined)).not.toHaveProperty('companyCurrency');
  });

  it('sends only what changed; a cleared setting as null, so its default applies', () => {
    expect(changedSettings(fields, stored, stored)).toEqual({});
    let values = withValue(stored, { path: 'overlapMinutes' }, 15);
    values = withValue(values, { path: 'companyCurrency' }, undefined);
    values = withValue(values, { path: 'writeback.enabled' }, true);
    expect(changedSettings(fields, stored, values)).toEqual({
      overlapMinutes: 15,
      companyCurrency: null,
      writeback: { enabled: true, weights: { x: 1 } },
    });
  });

  it("puts the gateway's field errors on their field, and keeps the others for above the form", () => {
    const errors = [
      { path: 'writeback.enabled', message: 'Expected boolean' },
      { path: 'overlapMinutes', message: 'Too big: expected number to be <=1440' },
      { path: 'accountId', message: 'unknown' },
    ];
    expect(errorsAt(errors, 'overlapMinutes')).toEqual(['Too big: expected number to be <=1440']);
    expect(errorsAt(errors, 'writeback.enabled')).toEqual(['Expected boolean']);
    expect(errorsAt(errors, 'writeback')).toEqual(['Expected boolean']);
    expect(unclaimed(errors, fields)).toEqual([{ path: 'accountId', message: 'unknown' }]);
  });
});
