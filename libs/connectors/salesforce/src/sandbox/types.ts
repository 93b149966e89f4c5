/**
 * Salesforce records as the simulator holds and serves them (standard field
 * API names). Deliberately independent of the connector's zod schemas in
 * src/api.ts: the simulator describes what Salesforce sends, so the
 * connector's parsing is tested against something it did not write itself.
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/
 */

export type SfValue = string | number | boolean | null;
/** A record by field name; relationship and subquery values only appear in query results. */
export type SfRecord = Record<string, SfValue>;

type System = {
  Id: string;
  IsDeleted: boolean;
  CreatedDate: string;
  LastModifiedDate: string;
  SystemModstamp: string;
  OwnerId: string;
  /** Only in multi-currency orgs. */
  CurrencyIsoCode?: string;
};

export type SfAccount = System & {
  Name: string;
  Type: string | null;
  Website: string | null;
  Industry: string | null;
  NumberOfEmployees: number | null;
  AnnualRevenue: number | null;
  BillingCountry: string | null;
};

type Person = System & {
  FirstName: string | null;
  LastName: string;
  Email: string | null;
  Phone: string | null;
  Title: string | null;
};

export type SfContact = Person & { AccountId: string | null };

export type SfLead = Person & {
  Company: string;
  Status: string;
  LeadSource: string | null;
  IsConverted: boolean;
  ConvertedAccountId: string | null;
  ConvertedContactId: string | null;
};

export type SfOpportunity = System & {
  Name: string;
  AccountId: string | null;
  Amount: number | null;
  StageName: string;
  Probability: number;
  CloseDate: string;
  IsClosed: boolean;
  IsWon: boolean;
  Type: string | null;
};

export type SfContactRole = System & {
  OpportunityId: string;
  ContactId: string | null;
  Role: string | null;
  IsPrimary: boolean;
};

type Activity = System & {
  Subject: string;
  WhoId: string | null;
  WhatId: string | null;
  AccountId: string | null;
  Type: string | null;
  ActivityDate: string | null;
  IsArchived: boolean;
};

export type SfTask = Activity & { TaskSubtype: string; Status: string; Priority: string; IsClosed: boolean };

export type SfEvent = Activity & {
  EventSubtype: string;
  StartDateTime: string;
  EndDateTime: string;
  ActivityDateTime: string;
  DurationInMinutes: number;
  IsAllDayEvent: boolean;
  Location: string | null;
};

/** The simulated objects with data. In a multi-currency org each also has `CurrencyIsoCode`. */
export interface SalesforceObjects {
  Account: SfAccount;
  Contact: SfContact;
  Lead: SfLead;
  Opportunity: SfOpportunity;
  OpportunityContactRole: SfContactRole;
  Task: SfTask;
  Event: SfEvent;
}
export type ObjectName = keyof SalesforceObjects;
export const OBJECT_NAMES: readonly ObjectName[] = ['Account', 'Contact', 'Lead', 'Opportunity', 'OpportunityContactRole', 'Task', 'Event'];

/** Whether `name` is one of the objects with data (`Account` ... `Event`, not `Organization`). */
export const isObjectName = (name: string): name is ObjectName => OBJECT_NAMES.some((o) => o === name);

/** A query result batch (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_query.htm). */
export interface SfQueryResult<T = Record<string, unknown>> {
  totalSize: number;
  done: boolean;
  nextRecordsUrl?: string;
  records: T[];
}

/** One entry of Salesforce's error array. */
export interface SfError {
  message: string;
  errorCode: string;
  fields?: string[];
}

/** A composite sObject collections SaveResult. */
export interface SfSaveResult {
  id?: string;
  success: boolean;
  errors: Array<{ statusCode: string; message: string; fields: string[] }>;
}
