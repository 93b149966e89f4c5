import {
  defineConnector,
  EngagementWeights,
  type ConnectorDefinition,
  type HttpClient,
  type SyncRecord,
  type SyncResult,
} from '@tributary/core';
import { z } from 'zod';

const Contact = z.object({ id: z.string(), email: z.string(), name: z.string(), deleted: z.boolean().optional() });
const ContactsPage = z.object({ data: z.array(Contact), has_more: z.boolean(), seq: z.number().int() });
const ChangesPage = z.object({ data: z.array(Contact), has_more: z.boolean(), last: z.number().int() });
const Cursor = z.discriminatedUnion('phase', [
  z.object({ phase: z.literal('full'), offset: z.number().int(), anchor: z.number().int() }),
  z.object({ phase: z.literal('changes'), after: z.number().int() }),
]);
type Cursor = z.infer<typeof Cursor>;
const ScoresAnswer = z.object({ results: z.array(z.object({ id: z.string(), ok: z.boolean(), error: z.string().optional() })) });
const Settings = z.object({
  pageSize: z.number().int().min(1).max(500).default(50),
  writeback: z.object({ enabled: z.boolean().default(false), weights: EngagementWeights.prefault({}) }).prefault({}),
});
type Settings = z.infer<typeof Settings>;
const Config = z.object({ apiKey: z.string().min(8) });
type Config = z.infer<typeof Config>;

const toRecord = (c: z.infer<typeof Contact>): SyncRecord =>
  c.deleted ? { stream: 'contacts', raw: { id: c.id }, deleted: true } : { stream: 'contacts', raw: c };

async function fullPage(http: HttpClient, cursor: Extract<Cursor, { phase: 'full' }> | null, pageSize: number) {
  const offset = cursor?.offset ?? 0;
  const { data } = await http.request({ path: '/v1/contacts', query: { offset, limit: pageSize } }, ContactsPage);
  // The change number at the start of the walk: an incremental sync replays changes after it.
  const anchor = cursor?.anchor ?? data.seq;
  const next: Cursor = data.has_more ? { phase: 'full', offset: offset + data.data.length, anchor } : { phase: 'changes', after: anchor };
  return { records: data.data.map(toRecord), next, hasMore: data.has_more };
}

async function changesPage(http: HttpClient, after: number, pageSize: number) {
  const { data } = await http.request({ path: '/v1/changes', query: { after, limit: pageSize } }, ChangesPage);
  return { records: data.data.map(toRecord), next: { phase: 'changes', after: data.last } satisfies Cursor, hasMore: data.has_more };
}

/**
 * A connector over the fake CRM ({@link createFakeCrm}): one `contacts`
 * stream -> Person, offset paging for full syncs, a change feed for
 * incremental ones (deletions become tombstones), engagement scores written
 * back in batches of 200 when `settings.writeback.enabled`. Real HTTP
 * through the core client, so vendor faults surface as classified errors.
 */
export const fakeCrm = defineConnector(spec());

/** The fake CRM without `writeback` (a connector that cannot write back). */
export const readOnlyFakeCrm = defineConnector(withoutWriteback(spec()));

function withoutWriteback<T extends { writeback?: unknown }>({ writeback: _writeback, ...rest }: T): Omit<T, 'writeback'> {
  return rest;
}

function spec(): ConnectorDefinition<Config, Config, Settings> {
  return {
    id: 'fake-crm',
    name: 'Fake CRM',
    version: '1.0.0',
    category: 'crm',
    description: 'A fake CRM over HTTP for orchestration tests',
    auth: { type: 'api_key', placement: 'header', name: 'Authorization', prefix: 'Bearer ' },
    streams: [{ name: 'contacts', entity: 'person', description: 'Contacts' }],
    defaultSchedule: '0 */4 * * *',
    http: { baseUrl: 'http://127.0.0.1:9', retries: 2, timeoutMs: 10_000 },
    configSchema: Config,
    settingsSchema: Settings,
    authenticate: async (config: Config) => ({ credentials: config }),
    sync: async (_credentials: Config, cursorText, options): Promise<SyncResult> => {
      const cursor = cursorText ? Cursor.parse(JSON.parse(cursorText)) : null;
      const settings: Settings = options.settings;
      const page =
        cursor?.phase === 'changes'
          ? await changesPage(options.http, cursor.after, settings.pageSize)
          : await fullPage(options.http, cursor, settings.pageSize);
      return {
        records: page.records,
        cursor: JSON.stringify(page.next),
        hasMore: page.hasMore,
        syncedAt: options.now(),
        stats: { created: 0, updated: 0, errors: 0 },
      };
    },
    getSchema: () => [
      { stream: 'contacts', source: 'id', target: 'externalId' },
      { stream: 'contacts', source: 'email', target: 'email' },
      { stream: 'contacts', source: 'name', target: 'firstName' },
    ],
    healthCheck: async () => ({ status: 'ok', checkedAt: new Date(), latencyMs: 0 }),
    writeback: async (_credentials: Config, items, options) => {
      const results = [];
      for (let i = 0; i < items.length; i += 200) {
        const scores = items.slice(i, i + 200).map((item) => ({ id: item.externalId, score: Number(item.fields['score']) }));
        const { data } = await options.http.request(
          { method: 'POST', path: '/v1/scores', json: { scores }, idempotent: true },
          ScoresAnswer,
        );
        results.push(...data.results.map((r) => ({ externalId: r.id, ok: r.ok, ...(r.error ? { error: r.error } : {}) })));
      }
      return results;
    },
    secretsOf: (credentials: Config) => [credentials.apiKey],
  };
}
