import { z } from 'zod';

/**
 * The `writeback` part of a connector's settings as the console edits it:
 * `{ enabled, fields: { contact, lead, account }, weights: { types, defaultWeight, halfLifeDays, ... } }`.
 * The connector validates the whole on save (and fills its defaults); the
 * console only reads what it shows and keeps every other key as it was.
 */
const JsonObject = z.record(z.string(), z.unknown());
const objectOf = (value: unknown): Record<string, unknown> => JsonObject.catch({}).parse(value);

const WritebackView = z.object({
  enabled: z.boolean().catch(false),
  fields: z.record(z.string(), z.string()).catch({}),
  weights: z
    .object({
      types: z.record(z.string(), z.number()).catch({}),
      defaultWeight: z.number().optional().catch(undefined),
      halfLifeDays: z.number().optional().catch(undefined),
    })
    .catch({ types: {} }),
});
export type WritebackView = z.output<typeof WritebackView>;

/** The objects that receive a score when the stored settings do not name them yet (the connector then uses its default field). */
const DEFAULT_OBJECTS = ['contact', 'lead', 'account'];

/** A number input's value: a number, or '' when empty. */
type NumberValue = number | string;

export interface WritebackDraft {
  weights: { type: string; weight: NumberValue }[];
  defaultWeight: NumberValue;
  halfLifeDays: NumberValue;
  fields: Record<string, string>;
}

/** The writeback settings stored on a connector (missing or malformed parts read as off / empty). */
export const readWriteback = (settings: unknown): WritebackView => WritebackView.parse(objectOf(objectOf(settings)['writeback']));

/** Contact, lead, account first (stored JSON keeps no order), any other object after them. */
const byObject = (a: string, b: string) =>
  (DEFAULT_OBJECTS.indexOf(a) + 1 || Infinity) - (DEFAULT_OBJECTS.indexOf(b) + 1 || Infinity) || a.localeCompare(b);

/** The form's values: the heaviest activity types first, the objects in their usual order. */
export function toDraft(view: WritebackView): WritebackDraft {
  const objects = Object.keys(view.fields).length > 0 ? Object.keys(view.fields).sort(byObject) : DEFAULT_OBJECTS;
  return {
    weights: Object.entries(view.weights.types)
      .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
      .map(([type, weight]) => ({ type, weight })),
    defaultWeight: view.weights.defaultWeight ?? '',
    halfLifeDays: view.weights.halfLifeDays ?? '',
    fields: Object.fromEntries(objects.map((object) => [object, view.fields[object] ?? ''])),
  };
}

const isNumber = (value: NumberValue): value is number => typeof value === 'number' && Number.isFinite(value);
/** An API field name: a letter, then letters, digits and underscores (custom Salesforce fields end in `__c`). */
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Errors by form path (`weights.0.type`, `fields.contact`); empty when the draft can be saved. */
export function validateDraft(draft: WritebackDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  draft.weights.forEach(({ type, weight }, i) => {
    const name = type.trim();
    if (!name) errors[`weights.${i}.type`] = 'Name the activity type';
    else if (seen.has(name)) errors[`weights.${i}.type`] = 'Listed twice';
    seen.add(name);
    if (!isNumber(weight) || weight < 0) errors[`weights.${i}.weight`] = 'A number, 0 or more';
  });
  if (draft.defaultWeight !== '' && (!isNumber(draft.defaultWeight) || draft.defaultWeight < 0))
    errors['defaultWeight'] = 'A number, 0 or more';
  if (draft.halfLifeDays !== '' && (!isNumber(draft.halfLifeDays) || draft.halfLifeDays <= 0))
    errors['halfLifeDays'] = 'A number of days above 0';
  for (const [object, field] of Object.entries(draft.fields)) {
    if (field.trim() && !FIELD_NAME.test(field.trim())) errors[`fields.${object}`] = 'An API field name, e.g. Tributary_Score__c';
  }
  return errors;
}

export interface WritebackPatch {
  enabled?: boolean;
  fields?: Record<string, string>;
  weights?: Record<string, unknown>;
}

/** What a valid draft changes; empty inputs are left out, so the connector's defaults apply. */
export function patchOf(draft: WritebackDraft): WritebackPatch {
  const fields = Object.entries(draft.fields).filter(([, field]) => field.trim() !== '');
  return {
    fields: Object.fromEntries(fields.map(([object, field]) => [object, field.trim()])),
    weights: {
      types: Object.fromEntries(draft.weights.map(({ type, weight }) => [type.trim(), weight])),
      ...(draft.defaultWeight === '' ? {} : { defaultWeight: draft.defaultWeight }),
      ...(draft.halfLifeDays === '' ? {} : { halfLifeDays: draft.halfLifeDays }),
    },
  };
}

/**
 * The connector's whole settings with the writeback patch applied: every
 * other key (login host, date range, ...) and every writeback key the
 * console does not edit (`weights.windowDays`, `weights.precision`) kept.
 * The weight types are replaced as a whole, so a removed type goes away.
 *
 * @example
 * mergeWriteback({ loginHost: 'test.salesforce.com', writeback: { enabled: false } }, { enabled: true })
 * // { loginHost: 'test.salesforce.com', writeback: { enabled: true } }
 */
export function mergeWriteback(settings: unknown, patch: WritebackPatch): Record<string, unknown> {
  const all = objectOf(settings);
  const current = objectOf(all['writeback']);
  return {
    ...all,
    writeback: {
      ...current,
      ...(patch.enabled === undefined ? {} : { enabled: patch.enabled }),
      ...(patch.fields ? { fields: { ...objectOf(current['fields']), ...patch.fields } } : {}),
      ...(patch.weights ? { weights: { ...objectOf(current['weights']), ...patch.weights } } : {}),
    },
  };
}

/**
 * The gateway's field errors (paths of the whole settings, `writeback.fields.contact`)
 * as form paths, where the form has that input.
 */
export function formErrorsOf(fieldErrors: { path: string; message: string }[], draft: WritebackDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const { path, message } of fieldErrors) {
    const [root, group, key] = path.split('.');
    if (root !== 'writeback') continue;
    if (group === 'fields' && key && key in draft.fields) errors[`fields.${key}`] = message;
    if (group === 'weights' && (key === 'defaultWeight' || key === 'halfLifeDays')) errors[key] = message;
    if (group === 'weights' && key === 'types') {
      const i = draft.weights.findIndex((w) => w.type.trim() === path.split('.')[3]);
      if (i >= 0) errors[`weights.${i}.weight`] = message;
    }
  }
  return errors;
}
