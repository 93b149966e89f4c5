import { ConnectorManifest, createConnectorContext, validateMappings, type AnyConnector, type ConnectionOptions } from '@tributary/core';
import { runSync } from '@tributary/sync';
import { pipelineHarness, type PipelineHarness } from '@tributary/sync/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffStored } from './compare.js';
import type { ConformanceOptions, ConformanceSimulator } from './types.js';

const FAST_HTTP: ConnectionOptions['http'] = { retries: 4, retryBaseMs: 5, retryCapMs: 50, timeoutMs: 5_000 };

/**
 * The conformance suite every connector lib runs against its simulator:
 * manifest and mappings valid; a full sync stores exactly what the vendor
 * holds; an incremental sync after vendor-side changes picks up exactly the
 * changed rows; pagination across many pages; faults recovered or
 * classified (the vendor's own rate-limit answer as `rate_limited`);
 * healthCheck tells ok from auth failure from outage.
 *
 * @example
 * describeConformance({ connector: stripe, start: startStripeConformance });
 * describeConformance({ connector: salesforce, start, rateLimit: { status: 403, body: [{ errorCode: 'REQUEST_LIMIT_EXCEEDED', message }] } });
 */
export function describeConformance(options: ConformanceOptions): void {
  const { connector } = options;
  const size = options.size ?? 250;
  describe(`${connector.id} conformance`, () => {
    let sim: ConformanceSimulator;
    let h: PipelineHarness;
    /** Connect, run `fn`, and always remove the connector so the next test starts clean. */
    const withConnector = async (config: unknown, fn: (id: string) => Promise<void>) => {
      const id = await h.connect(connector.id, config, sim.settings);
      await options.connected?.({ prisma: h.db.prisma, tenantId: h.tenantId, connectorId: id });
      try {
        await fn(id);
      } finally {
        sim.faults.clear();
        await h.db.prisma.connector.delete({ where: { id } });
      }
    };
    beforeAll(async () => {
      sim = await options.start({ seed: 42, size });
      h = await pipelineHarness([connector], {
        ...(options.server ? { server: true } : {}),
        deps: { connectionOptions: () => ({ baseUrl: sim.baseUrl, http: FAST_HTTP }) },
      });
    }, 120_000);
    afterAll(async () => {
      await h?.dispose();
      await sim?.close();
    });

    it('has a valid manifest and every default mapping targets a canonical field of its stream', () => {
      expect(ConnectorManifest.safeParse(connector).success).toBe(true);
      expect(validateMappings(connector.getSchema(), connector.streams)).toEqual([]);
      const mapped = new Set(connector.getSchema().map((m) => m.stream));
      expect(connector.streams.filter((s) => !mapped.has(s.name)).map((s) => s.name)).toEqual([]);
    });

    it('stores exactly the vendor data after a full sync, across many pages', async () => {
      await withConnector(sim.config, async (id) => {
        const outcome = await runSync(h.deps, h.tenantId, id, { mode: 'full', retryBaseMs: 5 });
        expect(outcome.error).toBeUndefined();
        expect(outcome.status).toBe('completed');
        expect(outcome.pages).toBeGreaterThanOrEqual(3);
        expect(await diffStored(h.db.prisma, { tenantId: h.tenantId, connectorId: id }, sim.expected())).toEqual([]);

        const again = await runSync(h.deps, h.tenantId, id, { mode: 'incremental', retryBaseMs: 5 });
        expect(again).toMatchObject({ status: 'completed', created: 0, updated: 0 });

        const changes = await sim.mutate(options.changes ?? 25);
        const incremental = await runSync(h.deps, h.tenantId, id, { mode: 'incremental', retryBaseMs: 5 });
        expect(incremental).toMatchObject({ status: 'completed', created: changes.created, updated: changes.updated, failed: 0 });
        expect(await diffStored(h.db.prisma, { tenantId: h.tenantId, connectorId: id }, sim.expected())).toEqual([]);
      });
    }, 120_000);

    it('absorbs 5xx, resets and malformed bodies with correct final data', async () => {
      await withConnector(sim.config, async (id) => {
        sim.faults.add({ path: sim.faultPath }, { kind: 'status', status: 503 }, { times: 2 });
        sim.faults.add({ path: sim.faultPath }, { kind: 'reset' }, { times: 1, after: 1 });
        sim.faults.add({ path: sim.faultPath }, { kind: 'malformed_json' }, { times: 1, after: 2 });
        const outcome = await runSync(h.deps, h.tenantId, id, { mode: 'full', retryBaseMs: 5 });
        expect(outcome.error).toBeUndefined();
        expect(sim.faults.fired()).toHaveLength(4);
        expect(await diffStored(h.db.prisma, { tenantId: h.tenantId, connectorId: id }, sim.expected())).toEqual([]);
      });
    }, 120_000);

    it("classifies the vendor's rate-limit answer as rate_limited; a burst ends with correct data", async () => {
      const fault = { kind: 'status' as const, ...(options.rateLimit ?? { status: 429 }) };
      await withConnector(sim.config, async (id) => {
        const fired = sim.faults.fired().length;
        // Never lifting: the run ends rate_limited (retryable), whatever the HTTP layer retried first.
        sim.faults.add({ path: sim.faultPath }, fault, { times: Infinity, after: 2 });
        const limited = await runSync(h.deps, h.tenantId, id, { mode: 'full', retryBaseMs: 5, maxAttempts: 1 });
        expect(limited).toMatchObject({ status: 'failed', error: { kind: 'rate_limited', retryable: true } });
        sim.faults.clear();
        // A burst is absorbed in-process, or (a long wait such as a daily allocation) ends the run and the next resumes.
        sim.faults.add({ path: sim.faultPath }, fault, { times: 2 });
        for (let run = 1; ; run++) {
          const outcome = await runSync(h.deps, h.tenantId, id, { mode: 'incremental', retryBaseMs: 5 });
          if (outcome.status === 'completed') break;
          expect(outcome.error).toMatchObject({ kind: 'rate_limited', retryable: true });
          expect(run).toBeLessThan(3);
        }
        expect(sim.faults.fired().length - fired).toBeGreaterThanOrEqual(3);
        expect(await diffStored(h.db.prisma, { tenantId: h.tenantId, connectorId: id }, sim.expected())).toEqual([]);
      });
    }, 120_000);

    it('resumes after a sync dies mid-way and ends with exactly the vendor data', async () => {
      // How many requests a clean full sync makes, so the failure lands half-way whatever the connector reads at once.
      let requests = 0;
      await withConnector(sim.config, async (id) => {
        const counter = sim.faults.add({ path: sim.faultPath }, { kind: 'delay', ms: 0 }, { after: Number.MAX_SAFE_INTEGER });
        await runSync(h.deps, h.tenantId, id, { mode: 'full', retryBaseMs: 5, batchRecords: 50 });
        requests = counter.seen;
      });
      await withConnector(sim.config, async (id) => {
        // A revoked token half-way: non-retryable, so the run stops with its checkpoint kept.
        sim.faults.add({ path: sim.faultPath }, { kind: 'status', status: 401 }, { times: 1, after: Math.floor(requests / 2) });
        const died = await runSync(h.deps, h.tenantId, id, { mode: 'full', retryBaseMs: 5, batchRecords: 50 });
        expect(died.status).toBe('failed');
        expect(died.created).toBeGreaterThan(0);
        sim.faults.clear();
        const resumed = await runSync(h.deps, h.tenantId, id, { mode: 'incremental', retryBaseMs: 5 });
        expect(resumed.status).toBe('completed');
        expect(await diffStored(h.db.prisma, { tenantId: h.tenantId, connectorId: id }, sim.expected())).toEqual([]);
        const total = Object.values(sim.expected()).reduce((n, m) => n + (m?.size ?? 0), 0);
        expect(died.created + resumed.created).toBe(total);
      });
    }, 120_000);

    it('fails fast with a non-retryable auth error on a rejected credential', async () => {
      await withConnector(sim.invalidConfig, async (id) => {
        const outcome = await runSync(h.deps, h.tenantId, id, { mode: 'full', retryBaseMs: 5 });
        expect(outcome.status).toBe('failed');
        expect(outcome.error?.kind).toMatch(/^auth_(expired|revoked)$/);
        expect(outcome.error?.retryable).toBe(false);
        const row = await h.db.prisma.connector.findUniqueOrThrow({ where: { id } });
        expect(row.status).toBe('error');
      });
    }, 60_000);

    it('healthCheck tells ok from auth failure from outage', async () => {
      const check = (config: unknown) =>
        healthOf(connector, config, sim.settings ?? {}, { baseUrl: sim.baseUrl, http: { ...FAST_HTTP, retries: 1 } });
      expect((await check(sim.config)).status).toBe('ok');
      expect((await check(sim.invalidConfig)).status).toBe('auth_error');
      sim.faults.add({ path: /.*/ }, { kind: 'status', status: 503 }, { times: Infinity });
      const down = await check(sim.config);
      sim.faults.clear();
      expect(down.status).toBe('unavailable');
    }, 60_000);
  });
}

async function healthOf(connector: AnyConnector, config: unknown, settings: Record<string, unknown>, options: ConnectionOptions) {
  const parsed = connector.configSchema.parse(config);
  const ctx = createConnectorContext(connector, parsed, connector.settingsSchema.parse(settings), options);
  const { credentials } = await connector.authenticate(parsed, ctx);
  return connector.healthCheck(credentials, createConnectorContext(connector, credentials, ctx.settings, options));
}
