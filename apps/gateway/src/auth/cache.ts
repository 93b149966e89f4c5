import { authVersion, type SqlQueryable } from '@tributary/db';
import { LRUCache } from 'lru-cache';
import type { Principal } from './principal.js';

/** A resolved credential: who it is, and until when the credential itself is good. */
export interface CachedPrincipal {
  principal: Principal;
  expiresAt: Date | null;
}

export interface AuthCacheOptions {
  /** How long an entry is trusted without looking again (0: no caching). */
  ttlMs: number;
  /** How often the auth_version number is read for revocations written by other processes. */
  pollMs: number;
  /** Most entries kept (least recently used go first). */
  max?: number;
}

/**
 * Token and session lookups cached in the process (lru-cache: bounded by
 * entries and time). Every revocation raises `auth_version` in the database
 * (triggers, whoever writes it); the cache reads that number every `pollMs`
 * and after this process's own mutations, and drops everything when it
 * moved. An entry fetched before a revocation is never stored after it.
 *
 * @example
 * const cache = await AuthCache.start(db.sql, { ttlMs: 30_000, pollMs: 1_000 });
 * const hit = cache.get(`token:${hash}`);
 */
export class AuthCache {
  readonly #sql: SqlQueryable;
  readonly #entries: LRUCache<string, CachedPrincipal> | undefined;
  readonly #timer: NodeJS.Timeout | undefined;
  #version: bigint;

  private constructor(sql: SqlQueryable, options: AuthCacheOptions, version: bigint) {
    this.#sql = sql;
    this.#version = version;
    if (options.ttlMs > 0) {
      this.#entries = new LRUCache({ max: options.max ?? 10_000, ttl: options.ttlMs, ttlAutopurge: false });
      this.#timer = setInterval(() => void this.refresh().catch(() => this.clear()), options.pollMs);
      this.#timer.unref();
    }
  }

  static async start(sql: SqlQueryable, options: AuthCacheOptions): Promise<AuthCache> {
    return new AuthCache(sql, options, await authVersion(sql));
  }

  /** The version entries are valid for; pass it back to `set` so a lookup that raced a revocation is not kept. */
  get version(): bigint {
    return this.#version;
  }

  get(key: string, now = new Date()): Principal | undefined {
    const entry = this.#entries?.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt && entry.expiresAt <= now) {
      this.#entries?.delete(key);
      return undefined;
    }
    return entry.principal;
  }

  set(key: string, entry: CachedPrincipal, seenAtVersion: bigint): void {
    if (seenAtVersion === this.#version) this.#entries?.set(key, entry);
  }

  /** Read auth_version; drop every entry when it moved. Called on a timer and after this process's own changes. */
  async refresh(): Promise<void> {
    if (!this.#entries) return;
    const current = await authVersion(this.#sql);
    if (current !== this.#version) {
      this.#version = current;
      this.#entries.clear();
    }
  }

  clear(): void {
    this.#entries?.clear();
  }

  get size(): number {
    return this.#entries?.size ?? 0;
  }

  close(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#entries?.clear();
  }
}
