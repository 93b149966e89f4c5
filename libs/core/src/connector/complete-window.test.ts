import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/errors.js';
import { checkCompleteWindows } from './complete-window.js';

const streams = new Map([
  ['campaign_metrics', { name: 'campaign_metrics', entity: 'channel_metric' as const }],
  ['charges', { name: 'charges', entity: 'charge' as const }],
]);
const window = { stream: 'campaign_metrics', accountExternalId: '1234567890', from: '2026-10-01', to: '2026-10-30' };

describe('checkCompleteWindows', () => {
  it('returns the declared windows of channel metric streams, and none when nothing is declared', () => {
    expect(checkCompleteWindows([window, { ...window, to: '2026-10-01', from: '2026-10-01' }], streams)).toEqual([
      window,
      { ...window, from: '2026-10-01', to: '2026-10-01' },
    ]);
    expect(checkCompleteWindows(undefined, streams)).toEqual([]);
  });

  it('fails with a validation error for a stream of another entity or one the connector does not declare', () => {
    expect(() => checkCompleteWindows([{ ...window, stream: 'charges' }], streams)).toThrow(ValidationError);
    expect(() => checkCompleteWindows([{ ...window, stream: 'charges' }], streams)).toThrow(/entity is charge/);
    expect(() => checkCompleteWindows([{ ...window, stream: 'ads' }], streams)).toThrow(/does not declare/);
  });

  it('fails for dates that are not YYYY-MM-DD, a reversed range or an empty account', () => {
    expect(() => checkCompleteWindows([{ ...window, from: '2026-10-01T00:00:00Z' }], streams)).toThrow(/from/);
    expect(() => checkCompleteWindows([{ ...window, from: '2026-10-31' }], streams)).toThrow(/after/);
    expect(() => checkCompleteWindows([{ ...window, accountExternalId: '' }], streams)).toThrow(/accountExternalId/);
  });
});
