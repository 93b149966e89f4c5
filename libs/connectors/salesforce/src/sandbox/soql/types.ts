/** A SOQL literal as written in a filter. Datetimes are epoch milliseconds. */
export type Literal =
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }
  | { kind: 'date'; value: string }
  | { kind: 'datetime'; value: number };

/** A field reference: `Email`, or a path through lookups (`Contact.Email`, `Account.Owner.Name`). */
export interface FieldRef {
  path: string[];
  column: number;
}

export type Condition =
  | { kind: 'and' | 'or'; items: Condition[] }
  | { kind: 'not'; item: Condition }
  | { kind: 'compare'; field: FieldRef; op: '=' | '!=' | '<' | '<=' | '>' | '>='; value: Literal; column: number }
  | { kind: 'in'; field: FieldRef; negated: boolean; values: Literal[]; column: number };

export interface OrderItem {
  field: FieldRef;
  descending: boolean;
  nullsLast: boolean;
}

export type SelectItem = { kind: 'field'; field: FieldRef } | { kind: 'subquery'; query: SelectQuery };

/** `SELECT ... FROM ... [WHERE ...] [ORDER BY ...] [LIMIT n]`; subqueries select from a child relationship. */
export interface SelectQuery {
  select: SelectItem[];
  from: { name: string; column: number };
  where?: Condition;
  orderBy: OrderItem[];
  limit?: number;
}

export interface Token {
  kind: 'ident' | 'string' | 'number' | 'date' | 'datetime' | 'op' | 'punct' | 'eof';
  text: string;
  /** 1-based, as Salesforce reports it. */
  column: number;
}
