import { pipelineHarness, runSync, type PipelineHarness } from '@tributary/conformance';
import type { RunningServer } from '@tributary/sandbox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { stripe } from '../connector.js';
import { createStripeSimulator, type StripeSimulator } from '../sandbox/index.js';

const NOW = new Date('2026-11-20T12:00:00Z');
const Properties = z.looseObject({ status: z.string(), currentPeriodEnd: z.number().nullable().optional() });

/**
 * `GET /v1/events` renders each event in the API version in force when it
 * was created, not in the pinned `Stripe-Version`; from 2025-03-31.basil a
 * subscription's billing period is on its items. An incremental sync must
 * keep the period end whichever version the account and the events are in.
 */
describe.each(['2025-09-30.clover', '2024-06-20'])(
  'Stripe subscriptions on an account whose default version is %s',
  (accountApiVersion) => {
    let sim: StripeSimulator;
    let api: RunningServer;
    let h: PipelineHarness;
    let id: string;
    const stored = async () => {
      const rows = await h.db.prisma.activity.findMany({
        where: { connectorId: id, type: 'subscription' },
        select: { externalId: true, properties: true },
      });
      return new Map(rows.map((r) => [r.externalId, Properties.parse(r.properties)]));
    };

    beforeAll(async () => {
      sim = createStripeSimulator({ seed: 5, customers: 40, charges: 40, subscriptions: 30, accountApiVersion, now: () => NOW });
      api = await sim.start();
      h = await pipelineHarness([stripe], { deps: { connectionOptions: () => ({ baseUrl: api.url, now: () => NOW }) } });
      id = await h.connect('stripe', { apiKey: sim.apiKey });
    }, 120_000);
    afterAll(async () => {
      await h?.dispose();
      await api?.close();
    });

    it('stores every period end after a full sync and keeps them through an incremental sync of subscription events', async () => {
      expect(await runSync(h.deps, h.tenantId, id, { mode: 'full' })).toMatchObject({ status: 'completed', failed: 0 });
      const periodEnds = new Map([...sim.data.subscriptions()].map((s) => [s.id, s.current_period_end]));
      const full = await stored();
      expect(new Map([...full].map(([key, p]) => [key, p.currentPeriodEnd]))).toEqual(periodEnds);

      const canceled = sim.mutate.cancelSubscriptions(4);
      expect(await runSync(h.deps, h.tenantId, id, { mode: 'incremental' })).toMatchObject({ status: 'completed', updated: 4, failed: 0 });
      const after = await stored();
      for (const subscription of canceled) {
        expect(after.get(subscription)).toMatchObject({ status: 'canceled', currentPeriodEnd: periodEnds.get(subscription) });
      }
      expect(new Map([...after].map(([key, p]) => [key, p.currentPeriodEnd]))).toEqual(periodEnds);
    }, 120_000);
  },
);
