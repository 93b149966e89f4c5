import { rngFor } from '@tributary/sandbox';
import type { Sizes } from '../options.js';
import type { SimType } from '../types.js';

/** What every generator reads: the seed, the sizes, and the span the history covers (ms). */
export interface GenContext {
  seed: number;
  sizes: Sizes;
  history: { start: number; end: number };
}

/** Ids look like HubSpot's (numeric strings); each type has its own range, so an id says its type. */
export const ID_BASE: Readonly<Record<SimType, number>> = {
  contacts: 1_000_000_000,
  companies: 5_000_000_000,
  deals: 9_000_000_000,
  meetings: 30_000_000_000,
  calls: 40_000_000_000,
};

export const idOf = (type: SimType, index: number): string => String(ID_BASE[type] + index);

/** The record index an id names, or undefined for an id that is not of this type. */
export function indexOf(type: SimType, id: string): number | undefined {
  if (!/^\d{1,15}$/.test(id)) return undefined;
  const index = Number(id) - ID_BASE[type];
  return index >= 0 && index < 10_000_000_000 ? index : undefined;
}

export const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * Creation and modification stamps of generated records, spread over the
 * history in index order: record `i` is created at `start + i * step` and
 * last modified within the same step, so modification stamps grow with the
 * index and a search by stamp is a binary search, without generating records.
 */
export function historyStamps(ctx: GenContext, type: SimType) {
  const size = ctx.sizes[type];
  const step = size > 0 ? (ctx.history.end - ctx.history.start) / size : 0;
  const created = (index: number): number => Math.floor(ctx.history.start + index * step);
  return {
    created,
    updated: (index: number): number =>
      created(index) + Math.floor(rngFor(ctx.seed, index, `${type}:stamp`).float(0, Math.max(1, step - 1))),
  };
}

/**
 * How records link, as index arithmetic (no record needs generating to know
 * its links): a contact's company (every tenth contact has none), the
 * first contacts of a company, a deal's company, an engagement's contact.
 */
export function layout(sizes: Sizes) {
  const companyOfContact = (contact: number): number | undefined =>
    sizes.companies > 0 && contact % 10 !== 9 ? contact % sizes.companies : undefined;
  return {
    companyOfContact,
    contactsOfCompany: (company: number): number[] =>
      [0, 1, 2].map((k) => company + k * sizes.companies).filter((c) => c < sizes.contacts && companyOfContact(c) === company),
    companyOfDeal: (deal: number): number | undefined => (sizes.companies > 0 ? (deal * 7) % sizes.companies : undefined),
    contactOfMeeting: (meeting: number): number | undefined => (sizes.contacts > 0 ? meeting % sizes.contacts : undefined),
    contactOfCall: (call: number): number | undefined => (sizes.contacts > 0 ? (call * 3 + 1) % sizes.contacts : undefined),
  };
}
export type Layout = ReturnType<typeof layout>;
