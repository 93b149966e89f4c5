import { WorkflowExecutionAlreadyStartedError, WorkflowIdReusePolicy, type Client, type WorkflowHandle } from '@temporalio/client';
import { silentLogger, type Logger } from '@tributary/core';
import type { PrismaClient } from '@tributary/db';
import type { Orchestrator, ScheduleInfo, TriggerOptions, TriggerResult } from '@tributary/sync';
import { syncWorkflowId, writebackWorkflowId } from '../shared/ids.js';
import type { SyncTuning } from '../shared/tuning.js';
import type { SyncWorkflowInput } from '../shared/types.js';
import { isSyncRunning } from './running.js';
import { describeTemporalSchedule, onSchedule, upsertTemporalSchedule } from './schedules.js';
import { sweepOrphanedSyncs } from './sweep.js';

export interface TemporalOrchestratorOptions {
  client: Client;
  taskQueue: string;
  /** Passed to every sync workflow (batch size, retries, heartbeats). */
  tuning?: Partial<SyncTuning>;
  /** For {@link TemporalOrchestrator.sweep}: connectors left "syncing" by a workflow that is gone. */
  prisma?: PrismaClient;
  logger?: Logger;
  /** Close the client's connection in close() (when the orchestrator made it). */
  ownsConnection?: boolean;
}

/**
 * Syncs as Temporal workflows (the distributed mode): one workflow id per
 * connector, so a second "Sync Now" while one runs is refused and reported
 * as `already_running`; schedules are Temporal Schedules with overlap SKIP.
 * The same interface and behaviour as the in-process orchestrator.
 *
 * @example
 * const client = new Client({ connection: await Connection.connect({ address }), namespace });
 * const orchestrator = new TemporalOrchestrator({ client, taskQueue: 'tributary-sync', prisma: db.prisma });
 * await orchestrator.triggerSync(tenantId, connectorId, { mode: 'full', trigger: 'connect' });
 */
export class TemporalOrchestrator implements Orchestrator {
  readonly kind = 'temporal' as const;
  readonly #options: TemporalOrchestratorOptions;

  constructor(options: TemporalOrchestratorOptions) {
    this.#options = options;
  }

  async triggerSync(tenantId: string, connectorId: string, options: TriggerOptions): Promise<TriggerResult> {
    const input: SyncWorkflowInput = { tenantId, connectorId, mode: options.mode, trigger: options.trigger ?? 'manual' };
    if (this.#options.tuning) input.tuning = this.#options.tuning;
    try {
      await this.#options.client.workflow.start('syncConnectorWorkflow', {
        workflowId: syncWorkflowId(tenantId, connectorId),
        taskQueue: this.#options.taskQueue,
        args: [input],
        workflowIdReusePolicy: WorkflowIdReusePolicy.ALLOW_DUPLICATE,
        workflowIdConflictPolicy: 'FAIL',
      });
      return { status: 'started' };
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return { status: 'already_running' };
      throw error;
    }
  }

  /** Start the connector's writebackWorkflow (one at a time per connector). */
  async triggerWriteback(tenantId: string, connectorId: string): Promise<TriggerResult> {
    try {
      await this.#options.client.workflow.start('writebackWorkflow', {
        workflowId: writebackWorkflowId(tenantId, connectorId),
        taskQueue: this.#options.taskQueue,
        args: [{ tenantId, connectorId }],
        workflowIdReusePolicy: WorkflowIdReusePolicy.ALLOW_DUPLICATE,
        workflowIdConflictPolicy: 'FAIL',
      });
      return { status: 'started' };
    } catch (error) {
      if (error instanceof WorkflowExecutionAlreadyStartedError) return { status: 'already_running' };
      throw error;
    }
  }

  async cancelSync(tenantId: string, connectorId: string): Promise<boolean> {
    if (!(await this.isRunning(tenantId, connectorId))) return false;
    await this.handle(tenantId, connectorId).cancel();
    return true;
  }

  async isRunning(tenantId: string, connectorId: string): Promise<boolean> {
    return isSyncRunning(this.#options.client, tenantId, connectorId);
  }

  upsertSchedule(tenantId: string, connectorId: string, cron: string): Promise<void> {
    return upsertTemporalSchedule(this.#options, tenantId, connectorId, cron);
  }

  pauseSchedule(tenantId: string, connectorId: string): Promise<void> {
    return onSchedule(this.#options.client, tenantId, connectorId, (h) => h.pause('Paused by an admin'));
  }

  resumeSchedule(tenantId: string, connectorId: string): Promise<void> {
    return onSchedule(this.#options.client, tenantId, connectorId, (h) => h.unpause('Resumed'));
  }

  deleteSchedule(tenantId: string, connectorId: string): Promise<void> {
    return onSchedule(this.#options.client, tenantId, connectorId, (h) => h.delete());
  }

  describeSchedule(tenantId: string, connectorId: string): Promise<ScheduleInfo | null> {
    return describeTemporalSchedule(this.#options.client, tenantId, connectorId);
  }

  /** Correct connectors left "syncing" whose workflow is not running (terminated, timed out). */
  async sweep(staleAfterMs = 60_000): Promise<number> {
    const { prisma, client } = this.#options;
    if (!prisma) throw new Error('TemporalOrchestrator.sweep needs `prisma`');
    return sweepOrphanedSyncs({ prisma, client, staleAfterMs, logger: this.#options.logger ?? silentLogger });
  }

  /** The connector's current sync workflow, to wait for its result or inspect it. */
  handle(tenantId: string, connectorId: string): WorkflowHandle {
    return this.#options.client.workflow.getHandle(syncWorkflowId(tenantId, connectorId));
  }

  async close(): Promise<void> {
    if (this.#options.ownsConnection) await this.#options.client.connection.close();
  }
}
