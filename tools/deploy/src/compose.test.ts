import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { interpolate, loadComposeDocument } from './compose.js';

describe('interpolate (Compose variable substitution)', () => {
  it('substitutes ${VAR}, $VAR and defaults, and keeps $$ as a literal $', () => {
    const vars = { A: 'one', EMPTY: '' };
    expect(interpolate('${A}-$A-${B:-two}-${B-three}-$$A', vars)).toBe('one-one-two-three-$A');
    expect(interpolate('${EMPTY:-x}|${EMPTY-x}|${B}', vars)).toBe('x||');
  });

  it('fails on a required variable that is missing or empty, with its message', () => {
    expect(() => interpolate('${KEY:?set KEY (64 hex)}', {})).toThrow('required variable KEY is missing a value: set KEY (64 hex)');
    expect(() => interpolate('${KEY:?set KEY}', { KEY: '' })).toThrow(/KEY/);
    expect(interpolate('${KEY?set KEY}', { KEY: '' })).toBe('');
  });
});

describe('loadComposeDocument', () => {
  it('resolves anchors and merge keys, then interpolates values only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'compose-'));
    const file = join(dir, 'compose.yml');
    writeFileSync(
      file,
      [
        '# ${NOT_INTERPOLATED:?comments are not values}',
        'x-shared: &shared',
        '  KEY: ${KEY:?set KEY}',
        'services:',
        '  app:',
        '    image: app',
        '    environment:',
        '      <<: *shared',
        '      OWN: $$literal',
      ].join('\n'),
    );
    expect(loadComposeDocument({ KEY: 'k' }, file)).toEqual({
      'x-shared': { KEY: 'k' },
      services: { app: { image: 'app', environment: { KEY: 'k', OWN: '$literal' } } },
    });
    expect(() => loadComposeDocument({}, file)).toThrow(/required variable KEY/);
  });
});
