import { z } from 'zod';

/**
 * What a connection stores (encrypted): the API key (`dlvr_...`) and, where
 * the organization enforces it, the API secret (shown once, when the key is
 * created).
 */
export const DelivraiConfig = z.object({
  apiKey: z.string().trim().min(12, 'A Delivr.ai API key (dlvr_...)'),
  apiSecret: z.string().trim().min(8, 'The API secret shown when the key was created').optional(),
});
export type DelivraiConfig = z.infer<typeof DelivraiConfig>;

/** What every request needs: the key, the secret when there is one, and the organization. */
export type DelivraiCredentials = { apiKey: string; apiSecret?: string | undefined; organizationId?: string | undefined };

const id = z.string().trim().min(1).max(128);

/**
 * Non-secret settings of a connection.
 * - `organizationId`: sent as `x-organization-id` (resolved events) and as
 *   the events' scope unless a project or pixel is chosen.
 * - `projectId` / `pixelId`: narrow the events to one project or pixel.
 * - `historyDays`: how far back a first sync reads (default 7).
 * - `overlapMinutes`: every run re-reads this long before the last run's
 *   end (events that are resolved or ingested late; default 60).
 */
export const DelivraiSettings = z.object({
  organizationId: id.optional(),
  projectId: id.optional(),
  pixelId: id.optional(),
  historyDays: z.number().int().min(1).max(90).default(7),
  overlapMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(60),
});
export type DelivraiSettings = z.infer<typeof DelivraiSettings>;

/**
 * The events' scope parameter: the pixel, else the project, else the organization (else the key's own).
 *
 * @example
 * eventsScope({ organizationId: 'org_1', projectId: 'prj_2' }) // { project_id: 'prj_2' }
 */
export function eventsScope(settings: Partial<DelivraiSettings>): Record<string, string> {
  if (settings.pixelId) return { pixel_id: settings.pixelId };
  if (settings.projectId) return { project_id: settings.projectId };
  return settings.organizationId ? { organization_id: settings.organizationId } : {};
}
