/** Field types as `describe` reports them; they decide which SOQL literals a filter accepts. */
export type FieldType =
  | 'id'
  | 'reference'
  | 'string'
  | 'picklist'
  | 'email'
  | 'phone'
  | 'url'
  | 'boolean'
  | 'int'
  | 'double'
  | 'currency'
  | 'percent'
  | 'date'
  | 'datetime';

/** One object as SOQL sees it: its fields, lookups (child-to-parent) and child relationships. */
export interface ObjectSchema {
  name: string;
  fields: Readonly<Record<string, FieldType>>;
  /** Relationship name -> the lookup field and the parent object (`Account` -> `AccountId`). */
  parents: Readonly<Record<string, { field: string; object: string }>>;
  /** Child relationship name -> the child object and its lookup field (`Contacts` -> Contact.AccountId). */
  children: Readonly<Record<string, { object: string; field: string }>>;
  /** Fields a composite update may set. */
  updatable: readonly string[];
}

const SYSTEM: Record<string, FieldType> = {
  Id: 'id',
  IsDeleted: 'boolean',
  CreatedDate: 'datetime',
  LastModifiedDate: 'datetime',
  SystemModstamp: 'datetime',
  OwnerId: 'reference',
};
const PERSON: Record<string, FieldType> = { FirstName: 'string', LastName: 'string', Email: 'email', Phone: 'phone', Title: 'string' };
const ACTIVITY: Record<string, FieldType> = {
  Subject: 'string',
  WhoId: 'reference',
  WhatId: 'reference',
  AccountId: 'reference',
  Type: 'picklist',
  ActivityDate: 'date',
  IsArchived: 'boolean',
};

export interface SchemaOptions {
  multiCurrency: boolean;
  /** Custom fields (`Tributary_Score__c`) on Account, Contact and Lead: numbers writeback may set. */
  customFields: readonly string[];
}

/** One object as declared: besides the system fields, whether it has `CurrencyIsoCode` and the custom fields. */
interface ObjectSpec {
  fields: Record<string, FieldType>;
  parents?: ObjectSchema['parents'];
  children?: ObjectSchema['children'];
  /** Has CurrencyIsoCode in a multi-currency org (default true). */
  currency?: boolean;
  /** Carries the custom fields, which writeback may set. */
  custom?: boolean;
}

const ON_ACCOUNT = { Account: { field: 'AccountId', object: 'Account' } };

/** The standard objects the simulator serves (https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/). */
const OBJECTS: Readonly<Record<string, ObjectSpec>> = {
  Account: {
    fields: {
      Name: 'string',
      Type: 'picklist',
      Website: 'url',
      Industry: 'picklist',
      NumberOfEmployees: 'int',
      AnnualRevenue: 'currency',
      BillingCountry: 'string',
    },
    children: { Contacts: { object: 'Contact', field: 'AccountId' }, Opportunities: { object: 'Opportunity', field: 'AccountId' } },
    custom: true,
  },
  Contact: { fields: { ...PERSON, AccountId: 'reference' }, parents: ON_ACCOUNT, custom: true },
  Lead: {
    fields: {
      ...PERSON,
      Company: 'string',
      Status: 'picklist',
      LeadSource: 'picklist',
      IsConverted: 'boolean',
      ConvertedAccountId: 'reference',
      ConvertedContactId: 'reference',
    },
    parents: { ConvertedAccount: { field: 'ConvertedAccountId', object: 'Account' } },
    custom: true,
  },
  Opportunity: {
    fields: {
      Name: 'string',
      AccountId: 'reference',
      Amount: 'currency',
      StageName: 'picklist',
      Probability: 'percent',
      CloseDate: 'date',
      IsClosed: 'boolean',
      IsWon: 'boolean',
      Type: 'picklist',
    },
    parents: ON_ACCOUNT,
    children: { OpportunityContactRoles: { object: 'OpportunityContactRole', field: 'OpportunityId' } },
  },
  OpportunityContactRole: {
    fields: { OpportunityId: 'reference', ContactId: 'reference', Role: 'picklist', IsPrimary: 'boolean' },
    parents: { Opportunity: { field: 'OpportunityId', object: 'Opportunity' }, Contact: { field: 'ContactId', object: 'Contact' } },
  },
  Task: {
    fields: { ...ACTIVITY, TaskSubtype: 'picklist', Status: 'picklist', Priority: 'picklist', IsClosed: 'boolean' },
    parents: ON_ACCOUNT,
  },
  Event: {
    fields: {
      ...ACTIVITY,
      EventSubtype: 'picklist',
      StartDateTime: 'datetime',
      EndDateTime: 'datetime',
      ActivityDateTime: 'datetime',
      DurationInMinutes: 'int',
      IsAllDayEvent: 'boolean',
      Location: 'string',
    },
    parents: ON_ACCOUNT,
  },
  Organization: { fields: { Name: 'string', DefaultCurrencyIsoCode: 'picklist' }, currency: false },
};

/** Exists only in multi-currency orgs. */
const CURRENCY_TYPE: ObjectSpec = {
  fields: { IsoCode: 'picklist', ConversionRate: 'double', DecimalPlaces: 'int', IsActive: 'boolean', IsCorporate: 'boolean' },
  currency: false,
};

function build(name: string, spec: ObjectSpec, options: SchemaOptions): ObjectSchema {
  const currency: Record<string, FieldType> = options.multiCurrency && spec.currency !== false ? { CurrencyIsoCode: 'picklist' } : {};
  const custom: Record<string, FieldType> = spec.custom ? Object.fromEntries(options.customFields.map((f) => [f, 'double' as const])) : {};
  return {
    name,
    fields: { ...SYSTEM, ...spec.fields, ...currency, ...custom },
    parents: spec.parents ?? {},
    children: spec.children ?? {},
    updatable: spec.custom ? [...options.customFields] : [],
  };
}

/**
 * The simulated org's objects, keyed by lower-case name. In a multi-currency
 * org every data object has `CurrencyIsoCode` and `CurrencyType` exists;
 * otherwise neither does (selecting them is `INVALID_FIELD` / `INVALID_TYPE`,
 * as in Salesforce).
 *
 * @example
 * createSchemas({ multiCurrency: false, customFields: [] }).get('opportunity')?.fields['CurrencyIsoCode'] // undefined
 */
export function createSchemas(options: SchemaOptions): ReadonlyMap<string, ObjectSchema> {
  const specs = Object.entries(OBJECTS);
  if (options.multiCurrency) specs.push(['CurrencyType', CURRENCY_TYPE]);
  return new Map(specs.map(([name, spec]) => [name.toLowerCase(), build(name, spec, options)]));
}

/** A field's API name as declared, looked up case-insensitively (SOQL names are case-insensitive). */
export function fieldName(schema: ObjectSchema, name: string): string | undefined {
  const lower = name.toLowerCase();
  return Object.keys(schema.fields).find((f) => f.toLowerCase() === lower);
}

/** A relationship name as declared, looked up case-insensitively. */
export function relationName<T>(relations: Readonly<Record<string, T>>, name: string): string | undefined {
  const lower = name.toLowerCase();
  return Object.keys(relations).find((r) => r.toLowerCase() === lower);
}
