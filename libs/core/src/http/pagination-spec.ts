import { z } from 'zod';

/**
 * Where the paging parameters (cursor, page size) go: the query string (default), or
 * the top level of the JSON body of a search sent over POST (HubSpot
 * `POST /crm/v3/objects/{type}/search` takes `after` and `limit` there).
 */
const ParamsIn = z.enum(['query', 'json']).optional();

/**
 * Pagination styles a connector can declare; `fetchPage` in ./paginate.ts
 * implements each. Paths are dot paths into the JSON body; `-1` picks the
 * last element of an array.
 */
export const PaginationSpec = z.discriminatedUnion('style', [
  z.object({
    /** A cursor in the body (HubSpot `paging.next.after`) or the last item's id (Stripe `starting_after`). */
    style: z.literal('cursor'),
    itemsPath: z.string(),
    cursorParam: z.string(),
    cursorPath: z.string(),
    hasMorePath: z.string().optional(),
    limitParam: z.string().optional(),
    pageSize: z.number().int().positive().optional(),
    paramsIn: ParamsIn,
  }),
  z.object({
    /** The body carries the URL of the next page (Salesforce `nextRecordsUrl`, Graph `@odata.nextLink`). */
    style: z.literal('next_url'),
    itemsPath: z.string(),
    nextUrlPath: z.string(),
    limitParam: z.string().optional(),
    pageSize: z.number().int().positive().optional(),
  }),
  z.object({
    /** Numeric offset and limit. */
    style: z.literal('offset'),
    itemsPath: z.string(),
    offsetParam: z.string(),
    limitParam: z.string(),
    pageSize: z.number().int().positive(),
    totalPath: z.string().optional(),
    paramsIn: ParamsIn,
  }),
  z.object({
    /** An opaque page token (Google `pageToken` / `nextPageToken`). */
    style: z.literal('page_token'),
    itemsPath: z.string(),
    tokenParam: z.string(),
    tokenPath: z.string(),
    limitParam: z.string().optional(),
    pageSize: z.number().int().positive().optional(),
    paramsIn: ParamsIn,
  }),
]);
export type PaginationSpec = z.infer<typeof PaginationSpec>;
