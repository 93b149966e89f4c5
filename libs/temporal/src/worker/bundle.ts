import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode, DefaultLogger, type Logger, type WorkflowBundleWithSourceMap } from '@temporalio/worker';

/**
 * The workflows entry of this package: `src/workflows/index.ts` when running
 * from source (the `@tributary/source` condition: tests, `tsx`), else the
 * built `dist/workflows/index.js`. The SDK's webpack reads either (it maps
 * `.js` imports to `.ts` files).
 *
 * @example
 * await Worker.create({ workflowsPath: workflowsPath(), ... });
 */
export function workflowsPath(): string {
  for (const candidate of ['../workflows/index.ts', '../workflows/index.js']) {
    const path = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error('@tributary/temporal: the workflows entry is missing (build the package, or run with the @tributary/source condition)');
}

/**
 * Bundle the workflow code once (webpack, a few seconds) to share between
 * workers and replays. Webpack's report is logged at INFO on `logger`.
 *
 * @example
 * const workflowBundle = await bundleSyncWorkflows();
 */
export function bundleSyncWorkflows(logger: Logger = new DefaultLogger('WARN')): Promise<WorkflowBundleWithSourceMap> {
  return bundleWorkflowCode({ workflowsPath: workflowsPath(), logger });
}
