import { createHash } from 'node:crypto';
import type { PrismaClient } from '@tributary/db';
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';

/** Failed sign-ins allowed per account in the window, then the account waits out the block. */
export const ACCOUNT_LIMIT = { points: 10, duration: 15 * 60, blockDuration: 15 * 60 };
/** Failed sign-ins allowed per client address (many accounts from one place). */
export const ADDRESS_LIMIT = { points: 100, duration: 60 * 60, blockDuration: 60 * 60 };

/** Counters keyed by a hash: no email address or IP in the table. */
const keyOf = (kind: string, value: string) => `${kind}:${createHash('sha256').update(value).digest('hex').slice(0, 32)}`;

/**
 * Sign-in throttling with rate-limiter-flexible's Prisma store
 * (`login_throttle`): every gateway process, on PGlite or a PostgreSQL
 * server, counts the same failures. Checked before the password is hashed,
 * so a blocked caller costs no scrypt.
 *
 * @example
 * const wait = await throttle.retryAfter(email, ip); // seconds, or 0
 * if (!ok) await throttle.failed(email, ip); else await throttle.succeeded(email);
 */
export class LoginThrottle {
  readonly #account: RateLimiterPrisma;
  readonly #address: RateLimiterPrisma;
  readonly #prisma: PrismaClient;

  constructor(prisma: PrismaClient) {
    this.#prisma = prisma;
    const common = { storeClient: prisma, tableName: 'loginThrottle', clearExpiredByTimeout: false };
    this.#account = new RateLimiterPrisma({ ...common, keyPrefix: 'account', ...ACCOUNT_LIMIT });
    this.#address = new RateLimiterPrisma({ ...common, keyPrefix: 'address', ...ADDRESS_LIMIT });
  }

  /** Seconds until this account and address may try again (0: now). */
  async retryAfter(email: string, address: string): Promise<number> {
    const [account, client] = await Promise.all([
      this.#account.get(keyOf('email', email.trim().toLowerCase())),
      this.#address.get(keyOf('ip', address)),
    ]);
    const waits = [
      account && account.consumedPoints >= ACCOUNT_LIMIT.points ? account.msBeforeNext : 0,
      client && client.consumedPoints >= ADDRESS_LIMIT.points ? client.msBeforeNext : 0,
    ];
    return Math.ceil(Math.max(...waits) / 1000);
  }

  /** Count a failure for the account and the address. */
  async failed(email: string, address: string): Promise<void> {
    const consume = (limiter: RateLimiterPrisma, key: string) =>
      limiter.consume(key).catch((rejection: unknown) => {
        // Over the limit: the limiter has blocked the key; that is the point, not an error.
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
      });
    await Promise.all([consume(this.#account, keyOf('email', email.trim().toLowerCase())), consume(this.#address, keyOf('ip', address))]);
  }

  /** A correct password clears the account's count (the address keeps its own). */
  async succeeded(email: string): Promise<void> {
    await this.#account.delete(keyOf('email', email.trim().toLowerCase()));
  }

  /** Drop counters that expired more than an hour ago. */
  async sweep(now = new Date()): Promise<void> {
    await this.#prisma.loginThrottle.deleteMany({ where: { expire: { lt: new Date(now.getTime() - 3_600_000) } } });
  }
}
