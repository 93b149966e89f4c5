import { createConnectorContext, type SyncMode, type SyncRecord } from '@tributary/core';
import { customerio } from '../connector.js';

/**
 * Sync pages until the connector says it is done: the records, and the
 * cursor the next sync resumes from (tests against a running simulator).
 */
export async function syncCustomerio(
  baseUrl: string,
  config: unknown,
  mode: SyncMode,
  cursor: string | null,
  settings: Record<string, unknown> = {},
): Promise<{ records: SyncRecord[]; cursor: string | null }> {
  const parsed = customerio.configSchema.parse(config);
  const parsedSettings = customerio.settingsSchema.parse(settings);
  const ctx0 = createConnectorContext(customerio, parsed, parsedSettings, { baseUrl });
  const { credentials } = await customerio.authenticate(parsed, ctx0);
  const ctx = { ...createConnectorContext(customerio, credentials, parsedSettings, { baseUrl }), mode };
  const records: SyncRecord[] = [];
  for (let position = cursor; ;) {
    const page = await customerio.sync(credentials, position, ctx);
    records.push(...page.records);
    if (!page.hasMore) return { records, cursor: page.cursor };
    position = page.cursor;
  }
}
