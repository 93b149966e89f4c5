import { z } from 'zod';

/** The API version every request pins, so that vendor changes arrive when this lib chooses. */
export const DELIVRAI_API_VERSION = '2026-01-01';
/** Where the API lives; sandbox connections are pointed at the simulator instead. */
export const DELIVRAI_API_BASE = 'https://api.delivrai.example';

/**
 * A contact as `GET /v1/contacts` returns it. The parsed copy keeps the
 * fields the connector reads; the stored raw row keeps the vendor's object.
 */
export const DelivraiContact = z.object({
  id: z.string().min(1),
  email: z.string().nullable(),
  first_name: z.string().nullable(),
  last_name: z.string().nullable(),
  archived: z.boolean(),
  updated_at: z.iso.datetime(),
});
export type DelivraiContact = z.infer<typeof DelivraiContact>;

/** Every list answers `{ data, next_page }`; `next_page` is null on the last page. */
export const DelivraiList = z.object({ data: z.array(z.unknown()), next_page: z.string().nullable() });

/** The body of every failed request. */
export const DelivraiErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
