import pg from 'pg';
import type { Database } from '@tributary/db';
import type { BenchDatabase } from '../shared/database.js';
import type { Observer } from '../shared/observer.js';
import { cpuSince } from '../shared/proc-cpu.js';
import { cpuMs, timed } from '../shared/timing.js';

export interface PhaseResult<T> {
  value: T;
  /** Wall time of the measured work only. */
  ms: number;
  /** CPU the database's backends used during it (PostgreSQL on this host; 0 when unreadable). */
  pgCpuMs: number;
  /** CPU this (client) process used during it. */
  clientCpuMs: number;
}

/** How a phase connects: opened and warmed up before the clock starts, closed after it stops. */
export interface Session<C> {
  open(): Promise<C>;
  warm(connection: C): Promise<unknown>;
  close(connection: C): Promise<void>;
}

/** A fresh Prisma client and pool (`createDatabase`), like the pipeline's. */
export const prismaSession = (bench: BenchDatabase): Session<Database> => ({
  open: () => bench.open(),
  warm: (db) => db.prisma.$queryRawUnsafe('SELECT 1'),
  close: (db) => db.close(),
});

/** One plain `pg` connection. */
export const pgSession = (url: string): Session<pg.Client> => ({
  open: async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return client;
  },
  warm: (client) => client.query('SELECT 1'),
  close: (client) => client.end(),
});

/**
 * Run one measured phase on its own connection(s): time `work`, read the
 * backends' CPU, then close and wait for the sessions to exit, so their
 * statistics are flushed before the next read of `pg_stat_user_tables`.
 */
export async function phase<C, T>(observer: Observer, session: Session<C>, work: (connection: C) => Promise<T>): Promise<PhaseResult<T>> {
  const connection = await session.open();
  try {
    await session.warm(connection);
    const before = await observer.backendCpu();
    const clientBefore = cpuMs();
    const { value, ms } = await timed(() => work(connection));
    const clientCpuMs = cpuMs() - clientBefore;
    const pgCpuMs = cpuSince(before, await observer.backendCpu());
    return { value, ms, pgCpuMs, clientCpuMs };
  } finally {
    await session.close(connection);
    await observer.waitForOthersToExit();
  }
}
