import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseLimiter } from './rate-limits.js';
import { createTestDatabase, seedConnector, seedTenant, type TestDatabase } from './testing/index.js';

describe('databaseLimiter', () => {
  let db: TestDatabase;
  let connection: { tenantId: string; connectorId: string };
  beforeAll(async () => {
    db = await createTestDatabase();
    const tenantId = (await seedTenant(db)).id;
    connection = { tenantId, connectorId: (await seedConnector(db, tenantId, { type: 'stripe' })).id };
  });
  afterAll(() => db.dispose());

  const tokens = async (budget: string) =>
    Number(
      (
        await db.sql.query<{ tokens: number }>('SELECT tokens FROM rate_limits WHERE connector_id = $1::uuid AND budget = $2', [
          connection.connectorId,
          budget,
        ])
      )[0]?.tokens,
    );

  it('shares one bucket between limiters of the same connection (two processes): past the burst, callers queue', async () => {
    const budgets = [{ name: 'rate' as const, perSecond: 1, burst: 3 }];
    const a = databaseLimiter(db.sql, connection, budgets, 60_000);
    const b = databaseLimiter(db.sql, connection, budgets, 50);
    await a.acquire();
    await a.acquire();
    await a.acquire();
    // The burst is spent in the shared bucket: b would have to wait about a second for the next token.
    await expect(b.acquire()).rejects.toMatchObject({ kind: 'rate_limited' });
    expect(await tokens('rate')).toBeLessThan(1);
  });

  it('holds every caller after a 429, and refuses to wait longer than allowed', async () => {
    const budgets = [{ name: 'rate' as const, perSecond: 10, burst: 10 }];
    const limiter = databaseLimiter(db.sql, connection, budgets, 500);
    await limiter.penalize(2_000);
    expect(await tokens('rate')).toBeLessThanOrEqual(-19);
    await expect(limiter.acquire()).rejects.toMatchObject({ kind: 'rate_limited', retryable: true });
  });

  it('keeps a daily quota: the 11th call of 10 a day is rate_limited with the wait until a call is free', async () => {
    const budgets = [{ name: 'quota' as const, perSecond: 10 / 86_400, burst: 10 }];
    const limiter = databaseLimiter(db.sql, connection, budgets, 60_000);
    for (let i = 0; i < 10; i++) await limiter.acquire();
    const error = await limiter.acquire().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ kind: 'rate_limited' });
    expect((error as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(8_000_000);
  });
});
