import { Cron } from 'croner';
import pLimit from 'p-limit';
import { silentLogger, type Logger } from '@tributary/core';
import { SyncInProgressError } from './errors.js';
import type { Orchestrator, ScheduleInfo, TriggerOptions, TriggerResult } from './orchestrator.js';
import { recoverInterrupted } from './recover.js';
import type { SyncOutcome } from './finish-sync.js';
import { runSync, type RunSyncOptions } from './run-sync.js';
import { recordWritebackFailure, runWriteback, writebackEnabled, type WritebackOutcome } from './writeback.js';
import { assertSchedulable } from './schedule.js';
import type { SyncDeps } from './session.js';

export interface InProcessOptions {
  /** Syncs running at once across all tenants (the rest queue). */
  concurrency?: number;
  /** Passed to every run (attempts, batch size, retry timing). */
  run?: Omit<RunSyncOptions, 'mode' | 'trigger' | 'signal'>;
  /** How often to look for syncs left "syncing" by a dead process; 0 disables. */
  sweepIntervalMs?: number;
  staleAfterMs?: number;
}

interface Running {
  controller: AbortController;
  done: Promise<SyncOutcome | undefined>;
}

const key = (tenantId: string, connectorId: string) => `${tenantId}/${connectorId}`;

/**
 * The embedded orchestrator: syncs run inside this process with bounded
 * concurrency, at most one per connector; schedules are croner jobs that
 * skip a tick while the previous sync still runs.
 *
 * @example
 * const orchestrator = new InProcessOrchestrator(deps, { concurrency: 2 });
 * await orchestrator.triggerSync(tenantId, connectorId, { mode: 'full' });
 * const outcome = await orchestrator.waitFor(tenantId, connectorId);
 */
export class InProcessOrchestrator implements Orchestrator {
  readonly kind = 'in-process' as const;
  readonly #deps: SyncDeps;
  readonly #options: InProcessOptions;
  readonly #limit: ReturnType<typeof pLimit>;
  readonly #running = new Map<string, Running>();
  readonly #schedules = new Map<string, Cron>();
  readonly #paused = new Set<string>();
  readonly #logger: Logger;
  #sweeper: NodeJS.Timeout | undefined;

  constructor(deps: SyncDeps, options: InProcessOptions = {}) {
    this.#deps = deps;
    this.#options = options;
    this.#limit = pLimit(options.concurrency ?? 2);
    this.#logger = deps.logger ?? silentLogger;
    const sweep = options.sweepIntervalMs ?? 60_000;
    if (sweep > 0) {
      this.#sweeper = setInterval(() => void this.sweep(), sweep);
      this.#sweeper.unref();
    }
  }

  /** Correct connectors left "syncing" by a process that died (none of them run here). */
  async sweep(staleAfterMs = this.#options.staleAfterMs ?? 10 * 60_000): Promise<number> {
    const busy = new Set(this.#running.keys());
    return recoverInterrupted(this.#deps.db.prisma, { staleAfterMs, skip: (t, c) => busy.has(key(t, c)), logger: this.#logger });
  }

  async triggerSync(tenantId: string, connectorId: string, options: TriggerOptions): Promise<TriggerResult> {
    const k = key(tenantId, connectorId);
    if (this.#running.has(k)) return { status: 'already_running' };
    const controller = new AbortController();
    const done = this.#limit(() =>
      runSync(this.#deps, tenantId, connectorId, {
        ...this.#options.run,
        mode: options.mode,
        trigger: options.trigger ?? 'manual',
        signal: controller.signal,
      }),
    )
      .then(async (outcome) => {
        await this.#afterSync(tenantId, connectorId, outcome);
        return outcome;
      })
      .catch((error: unknown) => {
        if (!(error instanceof SyncInProgressError))
          this.#logger.error({ tenantId, connectorId, error: String(error) }, 'sync could not start');
        return undefined;
      })
      .finally(() => this.#running.delete(k));
    this.#running.set(k, { controller, done });
    return { status: 'started' };
  }

  /**
   * After a sync: an auth failure pauses the schedule until the connector is
   * reconnected; a completed sync of a connector with writeback enabled
   * writes the changed scores back.
   */
  async #afterSync(tenantId: string, connectorId: string, outcome: SyncOutcome): Promise<void> {
    if (outcome.status === 'failed' && outcome.error?.kind.startsWith('auth')) await this.pauseSchedule(tenantId, connectorId);
    if (outcome.status !== 'completed' || !(await writebackEnabled(this.#deps, tenantId, connectorId))) return;
    await this.#writeback(tenantId, connectorId);
  }

  async #writeback(tenantId: string, connectorId: string): Promise<WritebackOutcome | undefined> {
    try {
      const result = await runWriteback(this.#deps, tenantId, connectorId);
      this.#logger.info({ tenantId, connectorId, ...result, errors: result.errors.length }, 'writeback done');
      return result;
    } catch (error) {
      this.#logger.warn({ tenantId, connectorId, error: String(error) }, 'writeback failed');
      await recordWritebackFailure(this.#deps, tenantId, connectorId, error).catch((cause: unknown) =>
        this.#logger.error({ tenantId, connectorId, error: String(cause) }, 'writeback failure could not be recorded'),
      );
      return undefined;
    }
  }

  async triggerWriteback(tenantId: string, connectorId: string): Promise<TriggerResult> {
    const k = `writeback/${key(tenantId, connectorId)}`;
    if (this.#running.has(k)) return { status: 'already_running' };
    const done = this.#limit(() => this.#writeback(tenantId, connectorId)).finally(() => this.#running.delete(k));
    this.#running.set(k, { controller: new AbortController(), done: done.then(() => undefined) });
    return { status: 'started' };
  }

  /** The outcome of the connector's running writeback, if one runs. */
  async waitForWriteback(tenantId: string, connectorId: string): Promise<void> {
    await this.#running.get(`writeback/${key(tenantId, connectorId)}`)?.done;
  }

  /** The outcome of the connector's current sync (undefined when none runs or it could not start). */
  async waitFor(tenantId: string, connectorId: string): Promise<SyncOutcome | undefined> {
    return this.#running.get(key(tenantId, connectorId))?.done;
  }

  async cancelSync(tenantId: string, connectorId: string): Promise<boolean> {
    const running = this.#running.get(key(tenantId, connectorId));
    if (!running) return false;
    running.controller.abort();
    return true;
  }

  async isRunning(tenantId: string, connectorId: string): Promise<boolean> {
    return this.#running.has(key(tenantId, connectorId));
  }

  async upsertSchedule(tenantId: string, connectorId: string, cron: string): Promise<void> {
    assertSchedulable(cron);
    const k = key(tenantId, connectorId);
    // Paused is what pause/resume said, never read off a job (one with no next run also "is not running").
    const paused = this.#paused.has(k);
    this.#schedules.get(k)?.stop();
    const job = new Cron(cron, { timezone: 'UTC', paused, protect: true, catch: true, unref: true }, () =>
      this.triggerSync(tenantId, connectorId, { mode: 'incremental', trigger: 'schedule' }).then(() => undefined),
    );
    this.#schedules.set(k, job);
  }

  async pauseSchedule(tenantId: string, connectorId: string): Promise<void> {
    const k = key(tenantId, connectorId);
    const job = this.#schedules.get(k);
    if (!job) return;
    job.pause();
    this.#paused.add(k);
  }

  async resumeSchedule(tenantId: string, connectorId: string): Promise<void> {
    const k = key(tenantId, connectorId);
    this.#schedules.get(k)?.resume();
    this.#paused.delete(k);
  }

  async deleteSchedule(tenantId: string, connectorId: string): Promise<void> {
    const k = key(tenantId, connectorId);
    this.#schedules.get(k)?.stop();
    this.#schedules.delete(k);
    this.#paused.delete(k);
  }

  async describeSchedule(tenantId: string, connectorId: string): Promise<ScheduleInfo | null> {
    const k = key(tenantId, connectorId);
    const job = this.#schedules.get(k);
    if (!job || job.isStopped()) return null;
    const paused = this.#paused.has(k);
    return { cron: job.getPattern() ?? '', paused, nextRunAt: paused ? null : job.nextRun() };
  }

  /** Stop schedules, cancel running syncs after their current page, and wait for them. */
  async close(): Promise<void> {
    if (this.#sweeper) clearInterval(this.#sweeper);
    for (const job of this.#schedules.values()) job.stop();
    this.#schedules.clear();
    this.#paused.clear();
    const running = [...this.#running.values()];
    for (const r of running) r.controller.abort();
    await Promise.all(running.map((r) => r.done));
  }
}
