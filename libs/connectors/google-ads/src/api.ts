import { z } from 'zod';

/**
 * The Google Ads API version every request pins: v26, released 2026-10-14
 * (https://developers.google.com/google-ads/api/docs/sunset-dates).
 * Versions live about 12 months; move this one constant to upgrade.
 */
export const GOOGLE_ADS_API_VERSION = 'v26';
export const GOOGLE_ADS_API_BASE = 'https://googleads.googleapis.com';
/** The only Google Ads scope there is (read and write; the connector only reads). */
export const GOOGLE_ADS_SCOPE = 'https://www.googleapis.com/auth/adwords';

/** A customer id as Google wants it: 10 digits without hyphens (`123-456-7890` is accepted and normalized). */
export const GoogleAdsCustomerId = z
  .string()
  .trim()
  .transform((s) => s.replaceAll('-', ''))
  .pipe(z.string().regex(/^\d{10}$/, 'A Google Ads customer id has 10 digits (hyphens allowed)'));

/** int64 fields arrive as JSON strings (proto3 JSON mapping). */
const int64 = z.string().regex(/^-?\d+$/, 'an int64 as a decimal string');

/** `GET /v26/customers:listAccessibleCustomers`. */
export const GoogleAdsAccessibleCustomers = z.object({
  resourceNames: z.array(z.string().regex(/^customers\/\d+$/)).default([]),
});

/**
 * One row of the daily campaign query (see streams/campaign-metrics.ts); zero metrics may be left out.
 * `conversions` is a double with no documented lower bound: conversion adjustments (retractions) restate
 * past days and can take a day below zero
 * (https://developers.google.com/google-ads/api/fields/v26/metrics#metrics.conversions,
 * https://developers.google.com/google-ads/api/docs/conversions/upload-adjustments).
 */
export const GoogleAdsCampaignDay = z.object({
  customer: z.object({ id: int64, currencyCode: z.string().length(3).optional() }),
  campaign: z.object({ id: int64, name: z.string().default('') }),
  segments: z.object({ date: z.iso.date() }),
  metrics: z
    .object({
      impressions: int64.default('0'),
      clicks: int64.default('0'),
      costMicros: int64.default('0'),
      conversions: z.number().finite().default(0),
    })
    .prefault({}),
});
export type GoogleAdsCampaignDay = z.infer<typeof GoogleAdsCampaignDay>;

/** `SELECT customer.* FROM customer`: the account's name, currency and time zone. */
export const GoogleAdsCustomer = z.object({
  customer: z.object({
    id: int64,
    descriptiveName: z.string().default(''),
    currencyCode: z.string().length(3),
    timeZone: z.string().min(1),
    manager: z.boolean().default(false),
  }),
});
export type GoogleAdsCustomer = z.infer<typeof GoogleAdsCustomer>;

/** `SELECT customer_client.* FROM customer_client`: a manager's whole hierarchy, with levels. */
export const GoogleAdsCustomerClient = z.object({
  customerClient: z.object({
    id: int64,
    descriptiveName: z.string().default(''),
    currencyCode: z.string().length(3),
    timeZone: z.string().min(1),
    manager: z.boolean().default(false),
    level: int64,
    status: z.string().default('ENABLED'),
  }),
});
export type GoogleAdsCustomerClient = z.infer<typeof GoogleAdsCustomerClient>;

/** The Google API error envelope; Google Ads puts a `GoogleAdsFailure` in `details`. */
export const GoogleAdsErrorBody = z.object({
  error: z.object({
    code: z.number().int(),
    message: z.string().default(''),
    status: z.string().default(''),
    details: z.array(z.looseObject({ '@type': z.string() })).default([]),
  }),
});
export type GoogleAdsErrorBody = z.infer<typeof GoogleAdsErrorBody>;

/** One `GoogleAdsError` inside a `GoogleAdsFailure`: `{errorCode: {quotaError: 'RESOURCE_EXHAUSTED'}, message, details}`. */
export const GoogleAdsFailureError = z.looseObject({
  errorCode: z.record(z.string(), z.unknown()).default({}),
  message: z.string().default(''),
  details: z.record(z.string(), z.unknown()).optional(),
});
export const GoogleAdsFailure = z.looseObject({
  '@type': z.string().endsWith('.GoogleAdsFailure'),
  errors: z.array(GoogleAdsFailureError).default([]),
  requestId: z.string().optional(),
});

/** searchStream answers a JSON array of batches; an error after streaming began arrives as an element. */
const GoogleAdsStreamBatch = z.object({
  results: z.array(z.unknown()).default([]),
  fieldMask: z.string().optional(),
  requestId: z.string().optional(),
});
export const GoogleAdsSearchStream = z.array(z.union([GoogleAdsErrorBody, GoogleAdsStreamBatch]));
