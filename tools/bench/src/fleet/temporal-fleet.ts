import type { TemporalConnections } from '@tributary/temporal/testing';

type Client = TemporalConnections['client'];

/** `fn` over `items`, at most `atOnce` calls in flight. */
export async function inBatches<T>(items: readonly T[], atOnce: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++];
      if (item !== undefined) await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(atOnce, items.length) }, lane));
}

const openOn = (taskQueue: string) => `TaskQueue = '${taskQueue}' AND ExecutionStatus = 'Running'`;

async function openWorkflows(client: Client, taskQueue: string): Promise<string[]> {
  const ids: string[] = [];
  for await (const w of client.workflow.list({ query: openOn(taskQueue) })) ids.push(w.workflowId);
  return ids;
}

/**
 * Wait up to `maxMs` for the task queue's open workflows to finish (the
 * schedules are gone; running syncs end on their own), then terminate what
 * is left so nothing of the run outlives it on a shared server. Returns how
 * many were terminated.
 */
export async function drainTaskQueue(client: Client, taskQueue: string, maxMs: number): Promise<number> {
  const deadline = Date.now() + maxMs;
  let open = await openWorkflows(client, taskQueue);
  while (open.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    open = await openWorkflows(client, taskQueue);
  }
  await inBatches(open, 16, async (id) => {
    await client.workflow
      .getHandle(id)
      .terminate('fleet bench finished')
      .catch(() => undefined); // it ended meanwhile
  });
  return open.length;
}
