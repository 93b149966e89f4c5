import type { ObjectType } from '../api.js';

/** An object type the simulator holds, by its API name. */
export type SimType = ObjectType;

/** The object types other records link to (through associations). */
export type LinkTarget = 'contacts' | 'companies';

/**
 * One CRM record as the simulator keeps it: HubSpot's property values (all
 * strings, null when empty) without the timestamps, which live beside them
 * in milliseconds, and the ids of the records it is associated with.
 */
export interface SimObject {
  id: string;
  createdAt: number;
  /** The modification stamp (`lastmodifieddate` / `hs_lastmodifieddate`), ms. */
  updatedAt: number;
  props: Record<string, string | null>;
  links: Partial<Record<LinkTarget, string[]>>;
}

/** What the simulator answers in `properties` for a record (the requested ones). */
export type PublicProperties = Record<string, string | null>;

/** `SimplePublicObject`: a record as search, list and batch read endpoints return it. */
export interface PublicObject {
  id: string;
  properties: PublicProperties;
  createdAt: string;
  updatedAt: string;
  archived: boolean;
  archivedAt?: string;
}
