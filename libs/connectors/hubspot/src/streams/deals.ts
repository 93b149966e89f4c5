import { toMinorUnits, type ItemContext } from '@tributary/core';
import type { z } from 'zod';
import { hubspotObject, HubSpotStamp, PropertyValue } from '../api.js';
import { PageLinks, readPageLinks } from '../associations.js';
import { HubSpotSettings } from '../config.js';
import { DealStages, readDealStages } from '../pipelines.js';
import { objectStream, type ObjectSpec } from './object-stream.js';

export const HubSpotDeal = hubspotObject({
  dealname: PropertyValue,
  /** A decimal string in the deal's currency (`"1234.5"`). */
  amount: PropertyValue,
  deal_currency_code: PropertyValue,
  pipeline: PropertyValue,
  dealstage: PropertyValue,
  closedate: PropertyValue,
  hs_lastmodifieddate: HubSpotStamp,
});
export type HubSpotDeal = z.infer<typeof HubSpotDeal>;

/** The deal's currency, else the portal's company currency from the settings. */
export function dealCurrency(d: HubSpotDeal, settings: unknown): string | undefined {
  const own = d.properties.deal_currency_code?.trim();
  if (own) return own.toUpperCase();
  const parsed = HubSpotSettings.safeParse(settings ?? {});
  return parsed.success ? parsed.data.companyCurrency : undefined;
}

/** `closedate` is a datetime; the deal closes on its (UTC) calendar day. */
const calendarDay = (value: string | null | undefined): string | undefined =>
  value && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString().slice(0, 10) : undefined;

/**
 * What the mappings read: the amount in minor units of its currency, the
 * stage's label and outcome from the pipelines read this run (the stage id
 * itself when the stage is unknown), the close day, and the linked
 * contact's email and company.
 */
export function deriveDeal(d: HubSpotDeal, context: ItemContext): Record<string, unknown> {
  const stages = DealStages.safeParse(context.memo);
  const stageId = d.properties.dealstage ?? undefined;
  const stage = stages.success && stageId ? stages.data[stageId] : undefined;
  const currency = dealCurrency(d, context.settings);
  const amount = currency ? toMinorUnits(d.properties.amount, currency) : undefined;
  const links = PageLinks.of(context.page);
  return {
    amount,
    currency: amount === undefined ? undefined : currency,
    stage: stage?.label ?? stageId,
    status: stage?.status,
    closeDate: calendarDay(d.properties.closedate),
    contactEmail: links.contactEmailOf(d.id),
    accountExternalId: links.companyOf(d.id),
    properties: { pipelineId: d.properties.pipeline ?? null, pipeline: stage?.pipeline ?? null, stageId: stageId ?? null },
  };
}

/**
 * Deals (https://developers.hubspot.com/docs/api/crm/deals) -> Deal: the
 * pipelines are read once per run for stage labels and outcomes; each
 * page's contacts and companies come from its associations.
 */
export const DEAL: ObjectSpec<HubSpotDeal> = {
  type: 'deals',
  entity: 'deal',
  description: 'Deals: amount in minor units, stage and outcome from the pipelines, close date, contact email, company',
  label: 'deal',
  properties: ['dealname', 'amount', 'deal_currency_code', 'pipeline', 'dealstage', 'closedate'],
  schema: HubSpotDeal,
  prepare: (ctx) => readDealStages(ctx.http),
  enrich: (items, ctx) => readPageLinks(ctx.http, 'deals', items, { emails: true }),
  derive: deriveDeal,
};
export const deals = objectStream(DEAL);
