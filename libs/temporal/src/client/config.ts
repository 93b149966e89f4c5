import { z } from 'zod';

/** Where the Temporal server is and which namespace and task queue Tributary uses. */
export const TemporalConfig = z.object({
  TEMPORAL_ADDRESS: z.string().min(3),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  TEMPORAL_TASK_QUEUE: z.string().min(1).default('tributary-sync'),
});

export interface TemporalSettings {
  address: string;
  namespace: string;
  taskQueue: string;
}

/**
 * Temporal settings from the environment, or null when `TEMPORAL_ADDRESS`
 * is unset (the in-process orchestrator is used then).
 *
 * @example
 * temporalSettings({ TEMPORAL_ADDRESS: '127.0.0.1:7233' }) // { address: '127.0.0.1:7233', namespace: 'default', taskQueue: 'tributary-sync' }
 */
export function temporalSettings(env: Record<string, string | undefined> = process.env): TemporalSettings | null {
  if (!env['TEMPORAL_ADDRESS']) return null;
  const parsed = TemporalConfig.parse(env);
  return { address: parsed.TEMPORAL_ADDRESS, namespace: parsed.TEMPORAL_NAMESPACE, taskQueue: parsed.TEMPORAL_TASK_QUEUE };
}
