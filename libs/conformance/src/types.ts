import type { AnyConnector, EntityType } from '@tributary/core';
import type { PrismaClient } from '@tributary/db';
import type { FaultInjector } from '@tributary/sandbox';

/** Canonical expectations: per entity, external id -> the fields the stored row must have. */
export type ExpectedRecords = Partial<Record<EntityType, Map<string, Record<string, unknown>>>>;

export interface MutationSummary {
  /** Existing records changed at the vendor (including deletions, which become tombstones). */
  updated: number;
  /** Records added at the vendor. */
  created: number;
}

/** A running vendor simulator, as the conformance suite drives it. */
export interface ConformanceSimulator {
  baseUrl: string;
  /** Stored config for a working connection. */
  config: unknown;
  /** Stored config the vendor rejects (revoked key, bad token). */
  invalidConfig: unknown;
  settings?: Record<string, unknown>;
  faults: FaultInjector;
  /** The requests faults are injected on: list endpoints the sync calls. */
  faultPath: string | RegExp;
  /** What the vendor holds now, as canonical expectations (computed independently of the connector). */
  expected(): ExpectedRecords;
  /** Change `n` records vendor-side (updates, and creations/deletions if the vendor has them). */
  mutate(n: number): Promise<MutationSummary> | MutationSummary;
  close(): Promise<void>;
}

/** A vendor's rate-limit answer, as a `status` fault: body and headers default to the simulator's shape for that status. */
export interface RateLimitFault {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ConformanceOptions {
  connector: AnyConnector;
  /** Start a simulator seeded with about `size` records per stream. */
  start(options: { seed: number; size: number }): Promise<ConformanceSimulator>;
  /** Records per stream: enough for several pages (default 250). */
  size?: number;
  /** Vendor-side changes for the incremental test (default 25). */
  changes?: number;
  /**
   * How the vendor says "rate limited" (default a 429 in the simulator's
   * shape: Stripe, Google Ads). Salesforce sends 403 `REQUEST_LIMIT_EXCEEDED`.
   */
  rateLimit?: RateLimitFault;
  /** Run on the PostgreSQL server instead of PGlite. */
  server?: boolean;
  /**
   * After a connection is made, before it syncs: tenant records the connector
   * needs besides its config and settings (the Office 365 DPA acceptance and
   * domain allowlist live in their own table).
   */
  connected?(connection: { prisma: PrismaClient; tenantId: string; connectorId: string }): Promise<void>;
}
