import { z } from 'zod';

/**
 * The REST API version every request pins, in one place
 * (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_versions.htm).
 */
export const SALESFORCE_API_VERSION = 'v62.0';
/** Production login host; sandboxes use `test.salesforce.com`, orgs with My Domain their own host. */
export const SALESFORCE_LOGIN_HOST = 'login.salesforce.com';
/** The composite sObject collections endpoint takes at most 200 records a call. */
export const SALESFORCE_COLLECTION_LIMIT = 200;

/**
 * A path under the pinned REST API version.
 *
 * @example
 * dataPath('query') // '/services/data/v62.0/query'
 */
export function dataPath(resource: string): string {
  return `/services/data/${SALESFORCE_API_VERSION}/${resource}`;
}

/** `{type, url}` on every record a query returns. */
export const SalesforceAttributes = z.object({ type: z.string(), url: z.string().optional() });

/**
 * A query batch: `{totalSize, done, nextRecordsUrl?, records}`
 * (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_query.htm).
 */
export const SalesforceQueryResult = z.object({
  totalSize: z.number().int().nonnegative(),
  done: z.boolean(),
  nextRecordsUrl: z.string().optional(),
  records: z.array(z.unknown()),
});
export type SalesforceQueryResult = z.infer<typeof SalesforceQueryResult>;

/**
 * Errors are a JSON array of `{message, errorCode, fields?}`
 * (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm).
 */
export const SalesforceErrorBody = z.array(
  z.looseObject({ message: z.string(), errorCode: z.string(), fields: z.array(z.string()).optional() }),
);
export type SalesforceErrorBody = z.infer<typeof SalesforceErrorBody>;

/** `GET /limits`: the org's limits; only the daily API allocation is read. */
export const SalesforceLimits = z.looseObject({
  DailyApiRequests: z.looseObject({ Max: z.number().int(), Remaining: z.number().int() }),
});
export type SalesforceLimits = z.infer<typeof SalesforceLimits>;

/** One SaveResult of a composite sObject collections call; failed entries may carry no id. */
export const SalesforceSaveResult = z.object({
  id: z.string().nullish(),
  success: z.boolean(),
  errors: z.array(z.looseObject({ statusCode: z.string(), message: z.string(), fields: z.array(z.string()).optional() })),
});
export const SalesforceSaveResults = z.array(SalesforceSaveResult);
export type SalesforceSaveResult = z.infer<typeof SalesforceSaveResult>;

const text = z.string().nullish();
/**
 * A checkbox the integration user may not be able to read: field-level
 * security leaves it out of the row (fields Salesforce requires, such as
 * `Name`, `LastName` and `StageName`, are always readable).
 */
const flag = z.boolean().optional();
/** `2024-01-15T10:30:00.000+0000`, as Salesforce writes datetimes. */
const dateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:?\d{2})$/);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** Fields every synced object carries. */
const base = {
  attributes: SalesforceAttributes,
  Id: z.string().regex(/^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/),
  IsDeleted: z.boolean(),
  CreatedDate: dateTime,
  SystemModstamp: dateTime,
};

export const SalesforceAccount = z.object({
  ...base,
  Name: z.string(),
  Website: text,
  Industry: text,
  NumberOfEmployees: z.number().int().nullish(),
  AnnualRevenue: z.number().nullish(),
});
export type SalesforceAccount = z.infer<typeof SalesforceAccount>;

const person = {
  ...base,
  FirstName: text,
  LastName: z.string(),
  Email: text,
  Phone: text,
  Title: text,
};

export const SalesforceContact = z.object({ ...person, AccountId: text });
export type SalesforceContact = z.infer<typeof SalesforceContact>;

export const SalesforceLead = z.object({
  ...person,
  Company: text,
  Status: text,
  IsConverted: flag,
  ConvertedAccountId: text,
});
export type SalesforceLead = z.infer<typeof SalesforceLead>;

/** A child-relationship subquery result: null when there are no child rows. */
const children = <T extends z.ZodType>(row: T) => z.object({ totalSize: z.number(), done: z.boolean(), records: z.array(row) }).nullish();

export const SalesforceContactRole = z.object({
  attributes: SalesforceAttributes,
  IsPrimary: z.boolean(),
  Contact: z.object({ attributes: SalesforceAttributes, Email: text }).nullish(),
});

export const SalesforceOpportunity = z.object({
  ...base,
  Name: z.string(),
  Amount: z.number().nullish(),
  /** Only in multi-currency orgs (the field does not exist elsewhere). */
  CurrencyIsoCode: text,
  StageName: z.string(),
  CloseDate: date.nullish(),
  IsClosed: flag,
  IsWon: flag,
  AccountId: text,
  OpportunityContactRoles: children(SalesforceContactRole),
});
export type SalesforceOpportunity = z.infer<typeof SalesforceOpportunity>;

const activity = {
  ...base,
  Subject: text,
  WhoId: text,
  WhatId: text,
  AccountId: text,
  Type: text,
};

export const SalesforceTask = z.object({
  ...activity,
  TaskSubtype: text,
  Status: text,
  ActivityDate: date.nullish(),
});
export type SalesforceTask = z.infer<typeof SalesforceTask>;

export const SalesforceEvent = z.object({
  ...activity,
  EventSubtype: text,
  StartDateTime: dateTime.nullish(),
  DurationInMinutes: z.number().int().nullish(),
  Location: text,
});
export type SalesforceEvent = z.infer<typeof SalesforceEvent>;

/** `SELECT Id, (SELECT Email FROM Contacts ...) FROM Account`: the fallback for a deal's contact email. */
export const SalesforceAccountContacts = z.object({
  Id: z.string(),
  Contacts: children(z.object({ Email: text })),
});

/**
 * `GET /sobjects/{Object}/describe`: the fields the user can read (field-level
 * security leaves the others out), of which only the names are used here
 * (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_sobject_describe.htm).
 */
export const SalesforceDescribe = z.looseObject({
  name: z.string(),
  fields: z.array(z.looseObject({ name: z.string() })),
});
export type SalesforceDescribe = z.infer<typeof SalesforceDescribe>;

/**
 * `GET /sobjects/{Object}/deleted/?start=&end=`: deletions still in the
 * Recycle Bin, and `earliestDateAvailable`, the stamp of the newest record
 * purged for good (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_getdeleted.htm).
 */
export const SalesforceDeleted = z.looseObject({
  deletedRecords: z.array(z.looseObject({ id: z.string(), deletedDate: dateTime })),
  earliestDateAvailable: dateTime,
  latestDateCovered: dateTime.nullish(),
});
export type SalesforceDeleted = z.infer<typeof SalesforceDeleted>;

/** A row of `SELECT Id FROM ...`. */
export const SalesforceIdRow = z.object({ Id: z.string().regex(/^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/) });

/** `SELECT IsoCode FROM CurrencyType` / `SELECT DefaultCurrencyIsoCode FROM Organization`. */
export const SalesforceCurrencyType = z.object({ IsoCode: z.string().length(3) });
export const SalesforceOrganization = z.object({ DefaultCurrencyIsoCode: z.string().length(3) });

/**
 * A SOQL datetime literal for a stored `SystemModstamp`, keeping the
 * milliseconds (`+0000` -> `Z`).
 *
 * @example
 * soqlDateTime('2024-01-15T10:30:00.120+0000') // '2024-01-15T10:30:00.120Z'
 */
export function soqlDateTime(value: string): string {
  return new Date(value).toISOString();
}

/**
 * A SOQL string literal (backslash and quote escaped).
 *
 * @example
 * soqlString("O'Brien") // "'O\\'Brien'"
 */
export function soqlString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
