import type { OAuthSimulator } from '@tributary/sandbox';
import type { FieldSecurity } from './field-security.js';
import type { Locators } from './locators.js';
import type { Store } from './store.js';
import type { ApiUsageMeter } from './usage.js';
import type { WriteLog } from './writes.js';

/** Everything the routes and middleware of one simulator share. */
export interface SimContext {
  store: Store;
  oauth: OAuthSimulator;
  usage: ApiUsageMeter;
  locators: Locators;
  writes: WriteLog;
  /** What the integration user may read. */
  fields: FieldSecurity;
  /** Largest query batch (Salesforce: 2,000). */
  pageSize: number;
}
