import { z } from 'zod';
import type { SettingField } from './schema-fields';

const JsonObject = z.record(z.string(), z.unknown());
export type Settings = z.infer<typeof JsonObject>;

/** The settings as an object (stored settings are one; anything else reads as empty). */
export const asObject = (value: unknown): Settings => JsonObject.catch({}).parse(value);

/** The value at a field's path (one level of nesting at most). */
export function valueAt(values: Settings, field: Pick<SettingField, 'path'>): unknown {
  const [head = '', child] = field.path.split('.');
  return child === undefined ? values[head] : asObject(values[head])[child];
}

/**
 * The settings with a field set; `undefined` removes it (a cleared field:
 * back to its default once saved).
 */
export function withValue(values: Settings, field: Pick<SettingField, 'path'>, value: unknown): Settings {
  const [head = '', child] = field.path.split('.');
  const set = (object: Settings, key: string): Settings =>
    value === undefined ? Object.fromEntries(Object.entries(object).filter(([k]) => k !== key)) : { ...object, [key]: value };
  return child === undefined ? set(values, head) : { ...values, [head]: set(asObject(values[head]), child) };
}

/**
 * What to send to `updateConnectorSettings`: the form's top-level settings
 * that differ from the stored ones, a cleared one as null (the gateway then
 * drops it, so its default applies). Keys the form does not draw are left
 * alone (the gateway merges).
 *
 * @example
 * changedSettings(fields, { overlapMinutes: 5, accountId: 'a' }, { overlapMinutes: 15, accountId: 'a' }) // { overlapMinutes: 15 }
 */
export function changedSettings(fields: SettingField[], stored: Settings, values: Settings): Settings {
  const changed = fields.filter((f) => JSON.stringify(stored[f.key]) !== JSON.stringify(values[f.key]));
  return Object.fromEntries(changed.map((f) => [f.key, values[f.key] ?? null]));
}

export interface FieldError {
  path: string;
  message: string;
}

/** The gateway's field errors that belong to a field: its own path, or one inside it (`folders.0` for `folders`). */
export const errorsAt = (errors: FieldError[], path: string): string[] =>
  errors.filter((e) => e.path === path || e.path.startsWith(`${path}.`)).map((e) => e.message);

/** Field errors no drawn field claims (shown above the form, with their path). */
export function unclaimed(errors: FieldError[], fields: SettingField[]): FieldError[] {
  const paths = fields.flatMap((f) => (f.kind === 'object' ? [f.path, ...f.fields.map((c) => c.path)] : [f.path]));
  return errors.filter((e) => !paths.some((p) => errorsAt([e], p).length > 0));
}
