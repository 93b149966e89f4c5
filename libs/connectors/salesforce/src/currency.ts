import { z } from 'zod';

/** How a multi-currency org is told from a single-currency one, found once per run (the opportunities stream's memo). */
export const CurrencySetup = z.object({
  /** Records carry `CurrencyIsoCode` (multi-currency org). */
  multi: z.boolean(),
  /** The corporate (or only) currency: the fallback for records without a code. */
  corporate: z.string().length(3),
});
export type CurrencySetup = z.infer<typeof CurrencySetup>;
