import type { Incremental } from '../incremental.js';
import { dateWindows } from './date-windows.js';
import { deltaLink } from './delta-link.js';
import { fullRefresh } from './full-refresh.js';
import type { Strategy } from './types.js';
import { updatedSince } from './updated-since.js';

/** The strategy that runs each declared incremental type (a change-feed stream's list walk reads its whole list). */
export const STRATEGIES: Readonly<Record<Incremental['type'], Strategy>> = {
  fullRefresh,
  eventsReplay: fullRefresh,
  updatedSince,
  dateWindows,
  deltaLink,
};

export type { Advance, PlanInput, Strategy } from './types.js';
export { laterStamp, stampOf } from './updated-since.js';
