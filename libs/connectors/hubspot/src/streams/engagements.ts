import type { ItemContext } from '@tributary/core';
import type { z } from 'zod';
import { hubspotObject, HubSpotStamp, PropertyValue } from '../api.js';
import { PageLinks, readPageLinks } from '../associations.js';
import { objectStream, type ObjectSpec } from './object-stream.js';

export const HubSpotMeeting = hubspotObject({
  hs_meeting_title: PropertyValue,
  hs_meeting_start_time: PropertyValue,
  hs_meeting_end_time: PropertyValue,
  hs_meeting_outcome: PropertyValue,
  hs_meeting_location: PropertyValue,
  hs_timestamp: PropertyValue,
  hs_lastmodifieddate: HubSpotStamp,
});
export type HubSpotMeeting = z.infer<typeof HubSpotMeeting>;

export const HubSpotCall = hubspotObject({
  hs_call_title: PropertyValue,
  hs_call_direction: PropertyValue,
  /** Milliseconds. */
  hs_call_duration: PropertyValue,
  hs_call_status: PropertyValue,
  hs_timestamp: PropertyValue,
  hs_lastmodifieddate: HubSpotStamp,
});
export type HubSpotCall = z.infer<typeof HubSpotCall>;

const stamp = (value: string | null | undefined): number | undefined => {
  const ms = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(ms) ? undefined : ms;
};
const firstStamp = (...values: (string | null | undefined)[]): string | undefined =>
  values.find((v) => stamp(v) !== undefined) ?? undefined;

/** The engagement's contact and company from the page's associations. */
const links = (id: string, context: ItemContext) => {
  const page = PageLinks.of(context.page);
  return { personExternalId: page.contactOf(id), accountExternalId: page.companyOf(id) };
};

/** A meeting at its start time (else its activity date, else its creation), with its length in minutes. */
export function deriveMeeting(m: HubSpotMeeting, context: ItemContext): Record<string, unknown> {
  const p = m.properties;
  const start = stamp(p.hs_meeting_start_time);
  const end = stamp(p.hs_meeting_end_time);
  return {
    type: 'meeting',
    channel: 'crm',
    occurredAt: firstStamp(p.hs_meeting_start_time, p.hs_timestamp, m.createdAt),
    ...links(m.id, context),
    properties: {
      title: p.hs_meeting_title ?? null,
      outcome: p.hs_meeting_outcome ?? null,
      location: p.hs_meeting_location ?? null,
      durationMinutes: start !== undefined && end !== undefined && end >= start ? Math.round((end - start) / 60_000) : null,
    },
  };
}

/** A call at its activity date (else its creation), with its length in seconds. */
export function deriveCall(c: HubSpotCall, context: ItemContext): Record<string, unknown> {
  const p = c.properties;
  const ms = Number(p.hs_call_duration);
  return {
    type: 'call',
    channel: 'crm',
    occurredAt: firstStamp(p.hs_timestamp, c.createdAt),
    ...links(c.id, context),
    properties: {
      title: p.hs_call_title ?? null,
      direction: p.hs_call_direction ?? null,
      status: p.hs_call_status ?? null,
      durationSeconds: p.hs_call_duration && Number.isFinite(ms) ? Math.round(ms / 1000) : null,
    },
  };
}

/** Meetings (https://developers.hubspot.com/docs/api/crm/meetings) -> Activity `meeting`, linked to a contact and a company. */
export const MEETING: ObjectSpec<HubSpotMeeting> = {
  type: 'meetings',
  entity: 'activity',
  description: 'Meetings, as activities linked to a contact and a company',
  label: 'meeting',
  properties: [
    'hs_meeting_title',
    'hs_meeting_start_time',
    'hs_meeting_end_time',
    'hs_meeting_outcome',
    'hs_meeting_location',
    'hs_timestamp',
  ],
  schema: HubSpotMeeting,
  enrich: (items, ctx) => readPageLinks(ctx.http, 'meetings', items, { emails: false }),
  derive: deriveMeeting,
};
export const meetings = objectStream(MEETING);

/** Calls (https://developers.hubspot.com/docs/api/crm/calls) -> Activity `call`, linked to a contact and a company. */
export const CALL: ObjectSpec<HubSpotCall> = {
  type: 'calls',
  entity: 'activity',
  description: 'Calls, as activities linked to a contact and a company',
  label: 'call',
  properties: ['hs_call_title', 'hs_call_direction', 'hs_call_duration', 'hs_call_status', 'hs_timestamp'],
  schema: HubSpotCall,
  enrich: (items, ctx) => readPageLinks(ctx.http, 'calls', items, { emails: false }),
  derive: deriveCall,
};
export const calls = objectStream(CALL);
