import { z } from 'zod';

/** The part of a JSON Schema node the settings form reads; anything else is kept and ignored. */
const SchemaNode = z.looseObject({
  type: z.union([z.string(), z.array(z.string())]).optional(),
  description: z.string().optional(),
  default: z.unknown().optional(),
  enum: z.array(z.unknown()).optional(),
  minimum: z.number().optional(),
  maximum: z.number().optional(),
  exclusiveMinimum: z.number().optional(),
  items: z.unknown().optional(),
  properties: z.record(z.string(), z.unknown()).optional(),
  propertyNames: z.unknown().optional(),
});
type SchemaNode = z.infer<typeof SchemaNode>;

interface FieldBase {
  /** The property name. */
  key: string;
  /** Dotted path from the settings root, as the gateway's field errors name it (`writeback.enabled`). */
  path: string;
  label: string;
  description: string | undefined;
  default: unknown;
}

/** One setting as the form renders it; `json` is the fallback for shapes the form does not draw (edited as raw JSON). */
export type SettingField = FieldBase &
  (
    | { kind: 'string' | 'boolean' | 'strings' | 'json' }
    | { kind: 'number'; integer: boolean; min: number | undefined; max: number | undefined }
    | { kind: 'enum' | 'enums'; options: string[] }
    | { kind: 'object'; fields: SettingField[] }
  );

const Strings = z.array(z.string());

/** `overlapMinutes` -> "Overlap minutes". */
export function labelOf(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const typeOf = (node: SchemaNode) => (Array.isArray(node.type) ? undefined : node.type);

function arrayKind(node: SchemaNode): Pick<SettingField, 'kind'> & { options?: string[] } {
  const items = SchemaNode.safeParse(node.items);
  if (!items.success || typeOf(items.data) !== 'string') return { kind: 'json' };
  const options = Strings.safeParse(items.data.enum);
  return options.success ? { kind: 'enums', options: options.data } : { kind: 'strings' };
}

/** What to draw for one JSON Schema property: nested objects one level deep, anything else unusual as JSON. */
function fieldOf(key: string, node: SchemaNode, parent: string | null): SettingField {
  const base = { key, path: parent ? `${parent}.${key}` : key, label: labelOf(key), description: node.description, default: node.default };
  const options = Strings.safeParse(node.enum);
  const type = typeOf(node);
  if (options.success && (type === undefined || type === 'string')) return { ...base, kind: 'enum', options: options.data };
  if (type === 'boolean' || type === 'string') return { ...base, kind: type };
  if (type === 'integer' || type === 'number') {
    const integer = type === 'integer';
    const floor = node.exclusiveMinimum === undefined ? undefined : node.exclusiveMinimum + (integer ? 1 : 0);
    return { ...base, kind: 'number', integer, min: node.minimum ?? floor, max: node.maximum };
  }
  if (type === 'array') {
    const { kind, options: items } = arrayKind(node);
    return kind === 'enums' && items ? { ...base, kind, options: items } : { ...base, kind: kind === 'strings' ? 'strings' : 'json' };
  }
  if (type === 'object' && node.properties && node.propertyNames === undefined && parent === null)
    return { ...base, kind: 'object', fields: fieldsOf(node.properties, key) };
  return { ...base, kind: 'json' };
}

function fieldsOf(properties: Record<string, unknown>, parent: string | null): SettingField[] {
  return Object.entries(properties).map(([key, raw]) => {
    const node = SchemaNode.safeParse(raw);
    return node.success
      ? fieldOf(key, node.data, parent)
      : { key, path: parent ? `${parent}.${key}` : key, label: labelOf(key), description: undefined, default: undefined, kind: 'json' };
  });
}

/**
 * The form fields of a connector's settings JSON Schema (the gateway's
 * `settingsSchema`), or null when it is not an object schema the form can
 * draw (the console then shows only the raw JSON view). Plain inputs come
 * first, then JSON-edited ones, then nested groups.
 *
 * @example
 * settingFields({ type: 'object', properties: { calendar: { type: 'boolean', default: true } } })
 * // [{ key: 'calendar', path: 'calendar', label: 'Calendar', kind: 'boolean', default: true, description: undefined }]
 */
export function settingFields(schema: unknown): SettingField[] | null {
  const root = SchemaNode.safeParse(schema);
  if (!root.success || typeOf(root.data) !== 'object') return null;
  // Plain inputs first, then what is edited as JSON, then the nested groups: the common settings stay at the top.
  const rank = (field: SettingField) => (field.kind === 'object' ? 2 : field.kind === 'json' ? 1 : 0);
  return fieldsOf(root.data.properties ?? {}, null).sort((a, b) => rank(a) - rank(b));
}
