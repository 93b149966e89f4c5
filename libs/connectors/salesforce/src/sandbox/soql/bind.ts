import { soqlError } from '../errors.js';
import { fieldName, relationName, type FieldType, type ObjectSchema } from '../schema.js';
import type { Condition, FieldRef, Literal, SelectQuery } from './types.js';

/** A field resolved against the schema: the lookups walked from the queried object, then the field. */
export interface ResolvedField {
  hops: Array<{ relation: string; lookup: string; object: ObjectSchema }>;
  field: string;
  type: FieldType;
}

export type BoundCondition =
  | { kind: 'and' | 'or'; items: BoundCondition[] }
  | { kind: 'not'; item: BoundCondition }
  | { kind: 'compare'; field: ResolvedField; op: '=' | '!=' | '<' | '<=' | '>' | '>='; value: Literal }
  | { kind: 'in'; field: ResolvedField; negated: boolean; values: Literal[] };

export type BoundSelect =
  { kind: 'field'; field: ResolvedField } | { kind: 'subquery'; relation: string; childField: string; query: BoundQuery };

/** A query checked against the org's schema, every name in its declared spelling. */
export interface BoundQuery {
  object: ObjectSchema;
  select: BoundSelect[];
  where?: BoundCondition;
  orderBy: Array<{ field: ResolvedField; descending: boolean; nullsLast: boolean }>;
  limit?: number;
}

const WSDL = 'Please reference your WSDL or the describe call for the appropriate names.';
const STRINGY = new Set<FieldType>(['id', 'reference', 'string', 'picklist', 'email', 'phone', 'url']);
const NUMERIC = new Set<FieldType>(['int', 'double', 'currency', 'percent']);

interface Scope {
  soql: string;
  schemas: ReadonlyMap<string, ObjectSchema>;
}

function resolve(scope: Scope, object: ObjectSchema, ref: FieldRef): ResolvedField {
  const hops: ResolvedField['hops'] = [];
  let current = object;
  for (const segment of ref.path.slice(0, -1)) {
    const relation = relationName(current.parents, segment);
    const parent = relation ? current.parents[relation] : undefined;
    const schema = parent ? scope.schemas.get(parent.object.toLowerCase()) : undefined;
    if (!relation || !parent || !schema) {
      const reason = `Didn't understand relationship '${segment}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. ${WSDL}`;
      throw soqlError('INVALID_FIELD', scope.soql, ref.column, reason);
    }
    hops.push({ relation, lookup: parent.field, object: schema });
    current = schema;
  }
  const last = ref.path[ref.path.length - 1] ?? '';
  const field = fieldName(current, last);
  if (!field) {
    const reason = `No such column '${last}' on entity '${current.name}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. ${WSDL}`;
    throw soqlError('INVALID_FIELD', scope.soql, ref.column, reason);
  }
  return { hops, field, type: current.fields[field] ?? 'string' };
}

const ID = /^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/;

/** Salesforce's check that a literal fits the field (a quoted datetime, a string for a number, a well-formed id...). */
function checkLiteral(scope: Scope, field: ResolvedField, value: Literal, column: number): void {
  if (value.kind === 'null') return;
  if ((field.type === 'id' || field.type === 'reference') && value.kind === 'string' && !ID.test(value.value)) {
    throw soqlError('INVALID_QUERY_FILTER_OPERATOR', scope.soql, column, `invalid ID field: ${value.value}`);
  }
  const ok =
    field.type === 'datetime'
      ? value.kind === 'datetime'
      : field.type === 'date'
        ? value.kind === 'date'
        : field.type === 'boolean'
          ? value.kind === 'boolean'
          : NUMERIC.has(field.type)
            ? value.kind === 'number'
            : STRINGY.has(field.type)
              ? value.kind === 'string'
              : true;
  if (ok) return;
  const type = field.type === 'datetime' ? 'dateTime' : field.type;
  const quotes = STRINGY.has(field.type) ? 'should be enclosed in quotes' : 'should not be enclosed in quotes';
  throw soqlError(
    'INVALID_FIELD',
    scope.soql,
    column,
    `value of filter criterion for field '${field.field}' must be of type ${type} and ${quotes}`,
  );
}

function bindCondition(scope: Scope, object: ObjectSchema, condition: Condition): BoundCondition {
  switch (condition.kind) {
    case 'and':
    case 'or':
      return { kind: condition.kind, items: condition.items.map((c) => bindCondition(scope, object, c)) };
    case 'not':
      return { kind: 'not', item: bindCondition(scope, object, condition.item) };
    case 'compare': {
      const field = resolve(scope, object, condition.field);
      checkLiteral(scope, field, condition.value, condition.column);
      return { kind: 'compare', field, op: condition.op, value: condition.value };
    }
    case 'in': {
      const field = resolve(scope, object, condition.field);
      for (const value of condition.values) checkLiteral(scope, field, value, condition.column);
      return { kind: 'in', field, negated: condition.negated, values: condition.values };
    }
  }
}

function bindSubquery(scope: Scope, parent: ObjectSchema, query: SelectQuery): BoundSelect {
  const relation = relationName(parent.children, query.from.name);
  const child = relation ? parent.children[relation] : undefined;
  const schema = child ? scope.schemas.get(child.object.toLowerCase()) : undefined;
  if (!relation || !child || !schema) {
    const reason = `Didn't understand relationship '${query.from.name}' in FROM part of query call. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name. ${WSDL}`;
    throw soqlError('INVALID_TYPE', scope.soql, query.from.column, reason);
  }
  return { kind: 'subquery', relation, childField: child.field, query: bindTo(scope, schema, query) };
}

function bindTo(scope: Scope, object: ObjectSchema, query: SelectQuery): BoundQuery {
  return {
    object,
    select: query.select.map((item) =>
      item.kind === 'field' ? { kind: 'field', field: resolve(scope, object, item.field) } : bindSubquery(scope, object, item.query),
    ),
    ...(query.where ? { where: bindCondition(scope, object, query.where) } : {}),
    orderBy: query.orderBy.map((o) => ({ field: resolve(scope, object, o.field), descending: o.descending, nullsLast: o.nullsLast })),
    ...(query.limit !== undefined ? { limit: query.limit } : {}),
  };
}

/**
 * Check a parsed query against the org's objects: unknown objects are
 * `INVALID_TYPE`, unknown fields and relationships `INVALID_FIELD`, and a
 * literal of the wrong type for its field (`SystemModstamp > '2025-01-01'`)
 * is `INVALID_FIELD` too, with Salesforce's messages.
 *
 * @example
 * bindQuery(parseSoql(soql), soql, schemas).object.name // 'Contact'
 */
export function bindQuery(query: SelectQuery, soql: string, schemas: ReadonlyMap<string, ObjectSchema>): BoundQuery {
  const object = schemas.get(query.from.name.toLowerCase());
  if (!object) {
    const reason = `sObject type '${query.from.name}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. ${WSDL}`;
    throw soqlError('INVALID_TYPE', soql, query.from.column, reason);
  }
  return bindTo({ soql, schemas }, object, query);
}
