import type { Json } from '@tributary/core';
import { z } from 'zod';
import { CurrencySetup } from './currency.js';

/** What an sObject stream finds out once per run (its `prepare` memo, kept in the cursor while the run lasts). */
export const SObjectMemo = z.object({
  /** Fields to select besides Id, IsDeleted, CreatedDate and SystemModstamp: those wanted that the user can read. */
  fields: z.array(z.string()),
  /** Fields the stream reads that field-level security hides from the user (`Object.Field`). */
  hidden: z.array(z.string()),
  /** The org's currency setup, for streams with money. */
  currency: CurrencySetup.nullable(),
});
export type SObjectMemo = z.infer<typeof SObjectMemo>;

/** A memo as the query builder and `derive` use it; `fields: null` selects every declared field. */
export interface RunMemo {
  fields: readonly string[] | null;
  hidden: readonly string[];
  currency: CurrencySetup | null;
}

/**
 * Read a stream's run memo. A run that began before streams described
 * their object kept only the currency setup (or nothing): it goes on
 * selecting every declared field, as it did.
 *
 * @example
 * memoOf({ fields: ['Name'], hidden: ['Account.AnnualRevenue'], currency: null }).hidden // ['Account.AnnualRevenue']
 * memoOf({ multi: false, corporate: 'EUR' }) // { fields: null, hidden: [], currency: { multi: false, corporate: 'EUR' } }
 */
export function memoOf(memo: Json | undefined): RunMemo {
  const parsed = SObjectMemo.safeParse(memo);
  if (parsed.success) return parsed.data;
  const currency = CurrencySetup.safeParse(memo);
  return { fields: null, hidden: [], currency: currency.success ? currency.data : null };
}

/** Whether the user can read a field the stream reads (`Contact.Email`), as far as the run memo knows. */
export const isReadable = (memo: Json | undefined, field: string): boolean => !memoOf(memo).hidden.includes(field);
