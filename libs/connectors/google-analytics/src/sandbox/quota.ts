/** A property's token quotas (standard property: 200,000 a day, 40,000 an hour). */
export interface SimQuotaLimits {
  tokensPerDay: number;
  tokensPerHour: number;
}
export const STANDARD_QUOTA: SimQuotaLimits = { tokensPerDay: 200_000, tokensPerHour: 40_000 };

const status = (consumed: number, limit: number) => ({ consumed, remaining: Math.max(0, limit - consumed) });

/**
 * Core tokens per property per hour and per day, by the vendor clock.
 * Google does not publish a request's cost; the simulator charges 1 token
 * plus 1 per 500 rows returned (an approximation, tagged in the README).
 */
export function createQuota(now: () => Date, limits: () => SimQuotaLimits) {
  const spent = new Map<string, number>();
  function spend(propertyId: string, tokens: number) {
    const t = now().toISOString();
    const [hourKey, dayKey] = [`${propertyId}|${t.slice(0, 13)}`, `${propertyId}|${t.slice(0, 10)}`];
    const [hour, day] = [spent.get(hourKey) ?? 0, spent.get(dayKey) ?? 0];
    const { tokensPerDay, tokensPerHour } = limits();
    const exhausted =
      day + tokens > tokensPerDay
        ? 'Exhausted property tokens per day. These quota tokens will return tomorrow.'
        : hour + tokens > tokensPerHour
          ? 'Exhausted property tokens per hour. These quota tokens will return in under an hour.'
          : undefined;
    if (!exhausted) {
      spent.set(hourKey, hour + tokens);
      spent.set(dayKey, day + tokens);
    }
    const used = exhausted ? 0 : tokens;
    return {
      exhausted,
      status: {
        tokensPerDay: status(used, tokensPerDay - day),
        tokensPerHour: status(used, tokensPerHour - hour),
        concurrentRequests: { consumed: 0, remaining: 10 },
        serverErrorsPerProjectPerHour: { consumed: 0, remaining: 10 },
        potentiallyThresholdedRequestsPerHour: { consumed: 0, remaining: 120 },
        tokensPerProjectPerHour: status(used, Math.round(tokensPerHour * 0.35) - hour),
      },
    };
  }
  return { spend };
}
export type SimQuota = ReturnType<typeof createQuota>;
