import { todayIn } from '@tributary/core';

/** A GA4 property as the simulator holds it. */
export interface SimProperty {
  id: string;
  account: string;
  accountName: string;
  displayName: string;
  timeZone: string;
  currencyCode: string;
}

/** The default properties: two accounts, three time zones. */
export const DEFAULT_PROPERTIES: SimProperty[] = [
  {
    id: '300001',
    account: '1000',
    accountName: 'Acme',
    displayName: 'www.acme.example',
    timeZone: 'America/New_York',
    currencyCode: 'USD',
  },
  { id: '300002', account: '1000', accountName: 'Acme', displayName: 'shop.acme.eu', timeZone: 'Europe/Berlin', currencyCode: 'EUR' },
  { id: '300003', account: '2000', accountName: 'Globex', displayName: 'globex.jp', timeZone: 'Asia/Tokyo', currencyCode: 'JPY' },
];

export const CHANNELS = ['Direct', 'Organic Search', 'Paid Search', 'Organic Social', 'Paid Social', 'Email', 'Referral', 'Display'];
export const DEVICES = ['desktop', 'mobile', 'tablet'];

/** One row of the simulated report: dimension values and integer metrics. */
export interface SimRow {
  date: string;
  channel: string;
  device: string;
  sessions: number;
  totalUsers: number;
  newUsers: number;
  screenPageViews: number;
  engagedSessions: number;
  userEngagementDuration: number;
  keyEvents: number;
}

/** FNV-1a of the parts: the same seed and parts give the same figures. */
function hash(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const ch of parts.join('|')) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h;
}

/** How much of a day GA has processed by its age in days: a day settles over about 48 h. */
export const settled = (age: number): number => (age <= 0 ? 0.6 : age === 1 ? 0.85 : 1);

export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const rowOf = (date: string, channel: string, device: string, sessions: number, h: number): SimRow => ({
  date,
  channel,
  device,
  sessions,
  totalUsers: Math.max(1, Math.round(sessions * 0.8)),
  newUsers: Math.round(sessions * 0.4),
  screenPageViews: sessions * 3 + (h % 5),
  engagedSessions: Math.round(sessions * 0.6),
  userEngagementDuration: sessions * 45 + (h % 60),
  keyEvents: Math.floor(sessions / 20),
});

/**
 * Seeded daily traffic per property, channel and device. About one
 * combination in seven has no traffic on a day (GA leaves it out); the
 * newest two days are still being processed and grow until settled;
 * `restate` overrides sessions of a row (late data, a new combination).
 */
export function createTraffic(options: { seed: number; now: () => Date; properties: SimProperty[] }) {
  const overrides = new Map<string, number>();
  const key = (p: string, date: string, c: string, d: string) => `${p}|${date}|${c}|${d}`;
  const today = (propertyId: string): string => todayIn(property(propertyId)?.timeZone ?? 'UTC', options.now());
  const property = (id: string) => options.properties.find((p) => p.id === id);
  function row(propertyId: string, date: string, channel: string, device: string): SimRow | undefined {
    const h = hash(options.seed, propertyId, date, channel, device);
    const age = Math.round((Date.parse(today(propertyId)) - Date.parse(date)) / 86_400_000);
    const base = overrides.get(key(propertyId, date, channel, device)) ?? (h % 7 === 0 ? 0 : 1 + (h % 200));
    const sessions = Math.round(base * settled(age));
    return sessions > 0 ? rowOf(date, channel, device, sessions, h) : undefined;
  }
  /** Every row of `from`..`to` (inclusive, no later than the property's today), date, channel, device order. */
  function rows(propertyId: string, from: string, to: string): SimRow[] {
    const out: SimRow[] = [];
    const end = to < today(propertyId) ? to : today(propertyId);
    for (let date = from; date <= end; date = addDays(date, 1)) {
      for (const channel of [...CHANNELS].sort()) {
        for (const device of DEVICES) {
          const r = row(propertyId, date, channel, device);
          if (r) out.push(r);
        }
      }
    }
    return out;
  }
  /** Vendor-side restatements: `count` rows of the last days get more sessions (or appear). */
  function restate(propertyId: string, count: number, days = 3): void {
    for (let i = 0; i < count; i++) {
      const h = hash(options.seed, 'restate', propertyId, overrides.size, i);
      const date = addDays(today(propertyId), -(h % days));
      const channel = CHANNELS[h % CHANNELS.length] ?? 'Direct';
      const device = DEVICES[(h >>> 8) % DEVICES.length] ?? 'desktop';
      const k = key(propertyId, date, channel, device);
      overrides.set(k, (overrides.get(k) ?? 1 + (hash(options.seed, propertyId, date, channel, device) % 200)) + 10 + (h % 50));
    }
  }
  return { rows, restate, today, property };
}
export type SimTraffic = ReturnType<typeof createTraffic>;
