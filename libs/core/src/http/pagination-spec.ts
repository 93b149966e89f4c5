import { z } from 'zod';

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
  }),
  z.object({
    /** An opaque page token (Google `pageToken` / `nextPageToken`). */
    style: z.literal('page_token'),
    itemsPath: z.string(),
    tokenParam: z.string(),
    tokenPath: z.string(),
    limitParam: z.string().optional(),
    pageSize: z.number().int().positive().optional(),
  }),
]);
export type PaginationSpec = z.infer<typeof PaginationSpec>;
