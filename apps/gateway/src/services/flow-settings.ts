import type { AnyConnector } from '@tributary/core';
import { z } from 'zod';
import { InputError } from './errors.js';
import { declaredSettingKeys } from './settings-schema.js';

const SettingsRecord = z.record(z.string(), z.unknown());

/**
 * The settings an OAuth flow was asked to apply (the login host): only
 * names the connector declares, so a link cannot plant `next` or
 * `returnTo`. Their values are checked by {@link mergeSettings}.
 *
 * @example
 * requestedSettings(salesforce, { loginHost: 'test.salesforce.com' }) // the same object
 * requestedSettings(salesforce, { next: '/x' }) // throws InputError
 */
export function requestedSettings(connector: AnyConnector, input: Record<string, unknown>): Record<string, unknown> {
  // Platform-owned settings (the Office 365 privacy record) are not declared: never set through a connect link.
  const keys = declaredSettingKeys(connector);
  const unknown = Object.keys(input).filter((k) => !keys.has(k));
  if (unknown.length > 0)
    throw new InputError(
      `${connector.name} has no setting ${unknown.join(', ')}`,
      unknown.map((k) => ({ path: `settings.${k}`, message: 'not a setting of this connector' })),
    );
  return input;
}

/** Stored settings with the requested ones on top (merged, never replaced), validated by the connector's schema. */
export function mergeSettings(connector: AnyConnector, stored: unknown, requested: unknown): Record<string, unknown> {
  const base = SettingsRecord.catch({}).parse(stored);
  const parsed = connector.settingsSchema.safeParse({ ...base, ...SettingsRecord.catch({}).parse(requested) });
  if (!parsed.success)
    throw new InputError(
      'Invalid settings',
      parsed.error.issues.map((i) => ({ path: `settings.${i.path.join('.')}`, message: i.message })),
    );
  return SettingsRecord.parse(parsed.data);
}
