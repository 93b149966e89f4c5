import { createHash } from 'node:crypto';
import type { PrismaClient } from '@tributary/db';
import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';

/** Sign-in attempts allowed per account in the window (a success clears them), then the account waits out the block. */
export const ACCOUNT_LIMIT = { points: 10, duration: 15 * 60, blockDuration: 15 * 60 };
/** Failed sign-in attempts allowed per client address (many accounts from one place). */
export const ADDRESS_LIMIT = { points: 100, duration: 60 * 60, blockDuration: 60 * 60 };

/** Seconds until a limiter that refused lets the key try again; anything but a refusal is an error. */
function waitOf(rejection: unknown): number {
  if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
  throw rejection;
}

/** Counters keyed by a hash: no email address or IP in the table. */
const keyOf = (kind: string, value: string) => `${kind}:${createHash('sha256').update(value).digest('hex').slice(0, 32)}`;

/**
 * Sign-in throttling with rate-limiter-flexible's Prisma store
 * (`login_throttle`): every gateway process, on PGlite or a PostgreSQL
 * server, counts the same failures. Checked before the password is hashed,
 * so a blocked caller costs no scrypt.
 *
 * @example
 * const wait = await throttle.attempt(email, ip); // 0: go ahead (counted); else seconds to wait
 * if (passwordRight) await throttle.succeeded(email, ip);
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

  /**
   * Count a sign-in attempt for the account and the address before the
   * password is checked: 0 means go ahead; otherwise the seconds to wait.
   * Counting first (atomically, in the database) means a burst of
   * concurrent guesses cannot all slip past the check before the first
   * failure is recorded.
   */
  async attempt(email: string, address: string): Promise<number> {
    const results = await Promise.all([
      this.#account.consume(keyOf('email', email.trim().toLowerCase())).then(() => 0, waitOf),
      this.#address.consume(keyOf('ip', address)).then(() => 0, waitOf),
    ]);
    return Math.max(...results);
  }

  /** A correct password clears the account's count and takes back the address's point for it. */
  async succeeded(email: string, address: string): Promise<void> {
    await Promise.all([this.#account.delete(keyOf('email', email.trim().toLowerCase())), this.#address.reward(keyOf('ip', address), 1)]);
  }

  /** Drop counters that expired more than an hour ago. */
  async sweep(now = new Date()): Promise<void> {
    await this.#prisma.loginThrottle.deleteMany({ where: { expire: { lt: new Date(now.getTime() - 3_600_000) } } });
  }
}
