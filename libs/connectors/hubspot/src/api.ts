import { z } from 'zod';

/** Every API call goes to this host (https://developers.hubspot.com/docs/api/overview). */
export const HUBSPOT_API_BASE = 'https://api.hubapi.com';
/**
 * The CRM API version objects, search and pipelines are pinned to, in one
 * place (https://developers.hubspot.com/docs/api-reference/crm-contacts-v3/guide).
 * Associations are read through v4, the version with batch reads of
 * labelled associations (https://developers.hubspot.com/docs/api/crm/associations).
 */
export const HUBSPOT_API_VERSION = 'v3';
export const HUBSPOT_ASSOCIATIONS_VERSION = 'v4';

/** A search answers at most 200 results a page (`limit` <= 200). */
export const SEARCH_PAGE_SIZE = 200;
/** A search query returns at most 10,000 results; paging past them is a 400. */
export const SEARCH_RESULT_CAP = 10_000;
/** List endpoints (`GET /crm/v3/objects/{type}`) answer at most 100 a page. */
export const LIST_PAGE_SIZE = 100;
/** Batch reads take at most 100 inputs. */
export const BATCH_READ_SIZE = 100;

/** The CRM objects this connector reads, by their API name. */
export const OBJECT_TYPES = ['contacts', 'companies', 'deals', 'meetings', 'calls'] as const;
export type ObjectType = (typeof OBJECT_TYPES)[number];

/** The modification stamp the search filters and sorts on: `lastmodifieddate` on contacts, `hs_lastmodifieddate` elsewhere. */
export const STAMP_PROPERTY: Readonly<Record<ObjectType, string>> = {
  contacts: 'lastmodifieddate',
  companies: 'hs_lastmodifieddate',
  deals: 'hs_lastmodifieddate',
  meetings: 'hs_lastmodifieddate',
  calls: 'hs_lastmodifieddate',
};

/**
 * A path under the pinned CRM version.
 *
 * @example
 * crmPath('objects/contacts/search') // '/crm/v3/objects/contacts/search'
 */
export function crmPath(resource: string): string {
  return `/crm/${HUBSPOT_API_VERSION}/${resource}`;
}

/** HubSpot record ids are numeric strings. */
export const HubSpotId = z.string().regex(/^\d+$/, 'a numeric HubSpot id');
/** An ISO 8601 timestamp as HubSpot writes them (`2024-09-11T13:27:39.356Z`). */
export const HubSpotStamp = z.string().refine((v) => !Number.isNaN(Date.parse(v)), 'an ISO 8601 timestamp');
/** A property value: HubSpot sends every value as a string, and null for a requested property without one. */
export const PropertyValue = z.string().nullish();

/**
 * A CRM object as search and list endpoints return it (`SimplePublicObject`):
 * the requested properties (extra ones kept), timestamps and the archive flag.
 */
export function hubspotObject<T extends z.ZodRawShape>(properties: T) {
  return z.object({
    id: HubSpotId,
    properties: z.looseObject(properties),
    createdAt: HubSpotStamp,
    updatedAt: HubSpotStamp,
    archived: z.boolean().optional(),
    archivedAt: HubSpotStamp.optional(),
  });
}

/** `{paging: {next: {after}}}`, absent on the last page. */
const Paging = z.object({ next: z.object({ after: z.string(), link: z.string().optional() }).optional() }).optional();

/** `POST /crm/v3/objects/{type}/search` (https://developers.hubspot.com/docs/api/crm/search). */
export const HubSpotSearchPage = z.object({ total: z.number().int().nonnegative(), results: z.array(z.unknown()), paging: Paging });
/** `GET /crm/v3/objects/{type}`. */
export const HubSpotListPage = z.object({ results: z.array(z.unknown()), paging: Paging });

/** An archived object of `GET /crm/v3/objects/{type}?archived=true`. */
export const HubSpotArchivedObject = z.object({ id: HubSpotId, archived: z.literal(true), archivedAt: HubSpotStamp });

/** `GET /crm/v3/pipelines/deals` (https://developers.hubspot.com/docs/api/crm/pipelines). */
export const HubSpotPipelines = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      archived: z.boolean(),
      stages: z.array(
        z.object({ id: z.string(), label: z.string(), archived: z.boolean(), metadata: z.record(z.string(), z.string().nullable()) }),
      ),
    }),
  ),
});
export type HubSpotPipelines = z.infer<typeof HubSpotPipelines>;

/**
 * `POST /crm/v4/associations/{from}/{to}/batch/read`: per input id, the
 * associated ids with their types (a `Primary` label marks the primary
 * company). Inputs without associations are left out (or listed in `errors`, 207).
 */
export const HubSpotAssociationBatch = z.object({
  results: z.array(
    z.object({
      from: z.object({ id: z.string() }),
      to: z.array(
        z.object({
          // The spec says string; HubSpot's examples show numbers.
          toObjectId: z.union([z.string(), z.number()]).transform(String),
          associationTypes: z.array(z.object({ category: z.string(), typeId: z.number(), label: z.string().nullish() })),
        }),
      ),
    }),
  ),
});
export type HubSpotAssociationBatch = z.infer<typeof HubSpotAssociationBatch>;

/** `POST /crm/v3/objects/{type}/batch/read`: the objects found (missing ids are errors of a 207). */
export const HubSpotBatchRead = z.object({
  results: z.array(z.object({ id: HubSpotId, properties: z.record(z.string(), z.string().nullable()) })),
});

/**
 * HubSpot's error body: `{status: 'error', message, category, correlationId,
 * errors?, context?}`, and on a 429 `errorType: 'RATE_LIMIT'` with the
 * `policyName` of the limit hit (https://developers.hubspot.com/docs/api/error-handling).
 */
export const HubSpotErrorBody = z.looseObject({
  message: z.string(),
  status: z.string().optional(),
  category: z.string().optional(),
  subCategory: z.unknown().optional(),
  errorType: z.string().optional(),
  policyName: z.string().optional(),
  correlationId: z.string().optional(),
  errors: z
    .array(z.looseObject({ message: z.string().optional(), context: z.record(z.string(), z.array(z.string())).optional() }))
    .optional(),
});
export type HubSpotErrorBody = z.infer<typeof HubSpotErrorBody>;
