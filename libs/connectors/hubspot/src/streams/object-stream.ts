import { defineStream, type AnyStream, type EntityType, type ItemContext, type Json, type StreamContext } from '@tributary/core';
import type { z } from 'zod';
import { HubSpotArchivedObject, HubSpotListPage, HubSpotSearchPage, SEARCH_PAGE_SIZE, STAMP_PROPERTY, type ObjectType } from '../api.js';
import type { HubSpotSettings } from '../config.js';
import { archivedRequest, LIST_PAGINATION, SEARCH_PAGINATION, searchRequest } from '../search.js';

/** One synced CRM object: what the search asks for and how a result becomes a record. */
export interface ObjectSpec<TItem> {
  type: ObjectType;
  entity: EntityType;
  description: string;
  /** What HubSpot calls one item, for dead-letter reasons. */
  label: string;
  /** Properties the search returns besides the modification stamp. */
  properties: readonly string[];
  schema: z.ZodType<TItem>;
  prepare?(ctx: StreamContext<HubSpotSettings>): Promise<Json>;
  enrich?(items: readonly unknown[], ctx: StreamContext<HubSpotSettings>): Promise<unknown>;
  derive(item: TItem, context: ItemContext): Record<string, unknown>;
}

/**
 * A CRM object read through the search API by its modification stamp: an
 * `updatedSince` watermark that re-reads the configured overlap, and a
 * query restarted from the newest stamp read after every full page, so it
 * never reaches the 10,000-result cap and never pages by offset through
 * results that move while it reads (a record changed mid-walk moves to
 * the end of an ascending search and shifts every later offset).
 *
 * @example
 * export const contacts = objectStream({ type: 'contacts', entity: 'person', properties: ['email'], schema, derive, ... });
 */
export function objectStream<TItem>(spec: ObjectSpec<TItem>): AnyStream {
  return defineStream<TItem, HubSpotSettings>({
    name: spec.type,
    entity: spec.entity,
    description: spec.description,
    label: spec.label,
    request: (window) => searchRequest(spec.type, spec.properties, window.since ?? null),
    pagination: SEARCH_PAGINATION,
    response: HubSpotSearchPage,
    schema: spec.schema,
    incremental: {
      type: 'updatedSince',
      cursorField: `properties.${STAMP_PROPERTY[spec.type]}`,
      overlapMs: (ctx) => ctx.settings.overlapMinutes * 60_000,
      maxItemsPerQuery: SEARCH_PAGE_SIZE,
    },
    derive: (item, context) => spec.derive(item, context),
    ...(spec.prepare ? { prepare: spec.prepare } : {}),
    ...(spec.enrich ? { enrich: spec.enrich } : {}),
  });
}

/**
 * The archived (deleted) objects of a type, as tombstones of the same
 * entity: the list has no change filter, so every run reads it whole
 * (`fullRefresh`); it holds what was archived in the last 90 days, and a
 * tombstone for a row already deleted, or never stored, writes nothing.
 */
export function archivedStream(type: ObjectType, entity: EntityType, label: string): AnyStream {
  return defineStream({
    name: `${type}_archived`,
    entity,
    description: `Archived ${label}s, as deletions`,
    label: `archived ${label}`,
    request: archivedRequest(type),
    pagination: LIST_PAGINATION,
    response: HubSpotListPage,
    schema: HubSpotArchivedObject,
    incremental: { type: 'fullRefresh' },
    isDeleted: (raw) => raw['archived'] === true && typeof raw['id'] === 'string',
  });
}
