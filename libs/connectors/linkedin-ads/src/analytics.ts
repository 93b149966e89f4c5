import { addDays, daysBetween, VendorError, type HttpClient, type Logger } from '@tributary/core';
import { ANALYTICS_ELEMENT_CAP, LinkedInAnalytics } from './api.js';
import { analyticsPath } from './requests.js';

/**
 * Every analytics element of one account between two dates. adAnalytics has
 * no pagination and silently stops at 15,000 elements: an answer that
 * reaches the cap may be missing rows, so the range is split in two and
 * each half read again (down to single days; a single day at the cap is an error).
 *
 * @example
 * const elements = await readAnalytics(http, logger, '508915158', '2026-10-01', '2026-10-30');
 */
export async function readAnalytics(
  http: HttpClient,
  logger: Logger,
  accountId: string,
  from: string,
  to: string,
  cap = ANALYTICS_ELEMENT_CAP,
): Promise<unknown[]> {
  const { data } = await http.request({ path: analyticsPath(accountId, from, to) }, LinkedInAnalytics);
  if (data.elements.length < cap) return data.elements;
  if (from === to) {
    throw new VendorError(`LinkedIn adAnalytics returned ${cap} elements for one day of account ${accountId}: some may be missing`, {
      vendorCode: 'element_cap',
    });
  }
  const mid = addDays(from, Math.floor(daysBetween(from, to) / 2));
  logger.warn({ accountId, from, to, elements: data.elements.length }, 'linkedin analytics at the element cap: splitting the range');
  const first = await readAnalytics(http, logger, accountId, from, mid, cap);
  return [...first, ...(await readAnalytics(http, logger, accountId, addDays(mid, 1), to, cap))];
}
