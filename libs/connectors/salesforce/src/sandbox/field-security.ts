import type { ObjectSchema } from './schema.js';

/** Fields hidden from the integration user, by object (field API names). */
export type HiddenFields = Readonly<Record<string, readonly string[]>>;

/**
 * Field-level security of the user the OAuth flow signs in (every session
 * the simulator issues belongs to that one integration user): a field their
 * profile and permission sets do not let them read is missing from their
 * describe, and naming it in SOQL is `INVALID_FIELD` "No such column",
 * exactly as for a field that does not exist
 * (https://help.salesforce.com/s/articleView?id=sf.admin_fls.htm).
 */
export interface FieldSecurity {
  /** Hide fields of `object` from the integration user. */
  hide(object: string, fields: readonly string[]): void;
  /** Let the integration user read fields of `object` again. */
  show(object: string, fields: readonly string[]): void;
  /** Fields of `object` hidden from the integration user, as they were named. */
  hidden(object: string): string[];
  /** The org's objects as the integration user sees them (hidden fields left out). */
  visible(schemas: ReadonlyMap<string, ObjectSchema>): ReadonlyMap<string, ObjectSchema>;
}

function without(schema: ObjectSchema, hidden: ReadonlyMap<string, string> | undefined): ObjectSchema {
  if (!hidden || hidden.size === 0) return schema;
  const fields = Object.fromEntries(Object.entries(schema.fields).filter(([name]) => !hidden.has(name.toLowerCase())));
  return { ...schema, fields, updatable: schema.updatable.filter((f) => !hidden.has(f.toLowerCase())) };
}

/**
 * @example
 * const security = createFieldSecurity({ Account: ['AnnualRevenue'] });
 * security.visible(schemas).get('account')?.fields['AnnualRevenue'] // undefined
 */
export function createFieldSecurity(initial: HiddenFields = {}): FieldSecurity {
  /** object (lower case) -> field (lower case) -> field as named. */
  const rules = new Map<string, Map<string, string>>();
  const of = (object: string): Map<string, string> => {
    const existing = rules.get(object.toLowerCase());
    if (existing) return existing;
    const created = new Map<string, string>();
    rules.set(object.toLowerCase(), created);
    return created;
  };
  const security: FieldSecurity = {
    hide: (object, fields) => fields.forEach((f) => of(object).set(f.toLowerCase(), f)),
    show: (object, fields) => fields.forEach((f) => of(object).delete(f.toLowerCase())),
    hidden: (object) => [...(rules.get(object.toLowerCase())?.values() ?? [])],
    visible: (schemas) => new Map([...schemas].map(([name, schema]) => [name, without(schema, rules.get(name))])),
  };
  for (const [object, fields] of Object.entries(initial)) security.hide(object, fields);
  return security;
}
