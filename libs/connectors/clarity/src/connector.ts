import { defineConnector } from '@tributary/core';
import { CLARITY_API_BASE, CLARITY_INSIGHTS_PATH } from './api.js';
import { ClarityConfig, ClaritySettings } from './config.js';
import { classifyClarityError } from './errors.js';
import { CLARITY_MAPPINGS } from './mappings.js';
import { liveInsights } from './streams/index.js';

/**
 * Microsoft Clarity: a daily snapshot of a project's last 24 h (sessions,
 * bot sessions, users, engagement, scroll depth, rage and dead clicks,
 * quickbacks, excessive scrolling, script errors) by the chosen dimensions.
 *
 * @example
 * registry.register(clarity);
 */
export const clarity = defineConnector({
  id: 'clarity',
  name: 'Microsoft Clarity',
  version: '0.1.0',
  category: 'analytics',
  description:
    'Daily snapshot of sessions, users, engagement, scroll depth and frustration signals (rage and dead clicks) from a Clarity project.',
  docsUrl: 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-data-export-api',
  auth: {
    type: 'api_key',
    placement: 'header',
    name: 'Authorization',
    prefix: 'Bearer ',
    fields: [{ name: 'apiKey', label: 'Data Export API token', secret: true }],
    docsUrl: 'https://learn.microsoft.com/en-us/clarity/setup-and-installation/clarity-data-export-api',
  },
  streams: [liveInsights],
  // Clarity keeps no history and allows 10 calls a day: one snapshot a day, just after midnight UTC,
  // files the day that just ended (see SNAPSHOT_ZONE) and leaves 9 calls for retries and re-runs.
  defaultSchedule: '30 0 * * *',
  http: {
    baseUrl: CLARITY_API_BASE,
    // 10 requests per project per day, in the platform's durable ledger; a spent quota ends the run rate_limited.
    quota: { calls: 10, perSeconds: 86_400 },
    // No Retry-After on the 429: never wait in-process for a daily allowance.
    maxInlineRetryAfterMs: 5_000,
  },
  configSchema: ClarityConfig,
  settingsSchema: ClaritySettings,
  authenticate: async (config: ClarityConfig) => ({ credentials: config }),
  getSchema: () => CLARITY_MAPPINGS,
  // Clarity has no free endpoint: the health check spends one of the 10 daily calls (smallest answer: one dimension).
  health: { request: { path: CLARITY_INSIGHTS_PATH, query: { numOfDays: 1, dimension1: 'Device' } } },
  classifyError: (response) => classifyClarityError(response),
});
