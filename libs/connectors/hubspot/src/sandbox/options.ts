import { MAX_DATASET_SIZE, type SimulatedClient } from '@tributary/sandbox';
import type { SimType } from './types.js';

/** The private app token the simulator accepts unless told otherwise (the sandbox's API key). */
export const DEFAULT_PRIVATE_APP_TOKEN = 'pat-na1-7a1b2c3d-0000-4000-8000-0000000000aa';

/** The portal (`hub_id`) every token of the simulator belongs to. */
export const DEFAULT_HUB_ID = 24_681_357;

export interface HubSpotSimulatorOptions {
  /** Seeds every generated record (default 1). */
  seed?: number;
  companies: number;
  /** Default: three per company. */
  contacts?: number;
  /** Default: as many as companies. */
  deals?: number;
  /** Default: one per contact. */
  meetings?: number;
  /** Default: one per contact. */
  calls?: number;
  /** The simulator's clock (default: the real one). History ends an hour before its value at creation. */
  now?: () => Date;
  /** Public apps the OAuth server accepts (default: DEFAULT_HUBSPOT_CLIENT). */
  clients?: SimulatedClient[];
  /** Private app tokens the API accepts (default: DEFAULT_PRIVATE_APP_TOKEN). */
  privateAppTokens?: string[];
  hubId?: number;
  /** HubSpot's limits: search 5 a second, everything else 110 per 10 seconds, per app and portal (default on). */
  rateLimits?: boolean;
  /** Results one search query may page through (default 10,000, HubSpot's); smaller makes the cap testable. */
  searchCap?: number;
  /** Sign OAuth tokens so a restarted sandbox still accepts them. */
  oauthTokenSecret?: string;
}

export type Sizes = Readonly<Record<SimType, number>>;

export interface CheckedOptions {
  seed: number;
  sizes: Sizes;
  clients: SimulatedClient[];
  privateAppTokens: string[];
  hubId: number;
  rateLimits: boolean;
  searchCap: number;
}

function count(name: string, value: number): number {
  if (!Number.isSafeInteger(value) || value < 0 || value > MAX_DATASET_SIZE)
    throw new RangeError(`${name} must be an integer from 0 to ${MAX_DATASET_SIZE}`);
  return value;
}

/**
 * Validate options and fill in defaults.
 *
 * @example
 * checkOptions({ companies: 10 }, [client]).sizes.contacts // 30
 */
export function checkOptions(options: HubSpotSimulatorOptions, defaultClients: SimulatedClient[]): CheckedOptions {
  const companies = count('companies', options.companies);
  const contacts = count('contacts', options.contacts ?? companies * 3);
  const searchCap = options.searchCap ?? 10_000;
  if (!Number.isSafeInteger(searchCap) || searchCap < 1) throw new RangeError('searchCap must be a positive integer');
  return {
    seed: options.seed ?? 1,
    sizes: {
      companies,
      contacts,
      deals: count('deals', options.deals ?? companies),
      meetings: count('meetings', options.meetings ?? contacts),
      calls: count('calls', options.calls ?? contacts),
    },
    clients: options.clients ?? defaultClients,
    privateAppTokens: options.privateAppTokens ?? [DEFAULT_PRIVATE_APP_TOKEN],
    hubId: options.hubId ?? DEFAULT_HUB_ID,
    rateLimits: options.rateLimits ?? true,
    searchCap,
  };
}
