/** Fields every query selects: the id, the tombstone flag and the two timestamps. */
export const COMMON_FIELDS = ['Id', 'IsDeleted', 'CreatedDate', 'SystemModstamp'] as const;

/** A child-relationship subquery and the fields (`Object.Field`) it reads: left out when the user cannot read one. */
export interface SubQuery {
  soql: string;
  reads: readonly string[];
}

/** What a query selects of an sObject. */
export interface SObjectShape {
  /** The sObject queried (`FROM ...`). */
  object: string;
  /** Fields selected besides Id, IsDeleted, CreatedDate and SystemModstamp (those the user can read). */
  fields: readonly string[];
  /** Fields that exist only in multi-currency orgs (selecting them elsewhere is `INVALID_FIELD`). */
  currencyFields?: readonly string[];
  /** Child-relationship subqueries, e.g. `(SELECT ... FROM OpportunityContactRoles)`. */
  subqueries?: readonly SubQuery[];
}
