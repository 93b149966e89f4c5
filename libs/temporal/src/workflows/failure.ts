import { ActivityFailure, ApplicationFailure, TimeoutFailure } from '@temporalio/workflow';
import type { SyncFailure } from '../shared/types.js';

/** Error kinds after which nothing works until a person reconnects the connector. */
export const AUTH_KINDS: readonly string[] = ['auth_expired', 'auth_revoked'];

/** An activity's failure as kind + message (a timed-out or unclassified one is `transient`). */
export function failureOf(error: unknown): SyncFailure {
  const cause = error instanceof ActivityFailure ? error.cause : error;
  if (cause instanceof ApplicationFailure) return { kind: cause.type ?? 'transient', message: cause.message };
  if (cause instanceof TimeoutFailure) {
    return {
      kind: 'transient',
      message: `The batch timed out (${cause.timeoutType}) after every retry; the next run resumes from the checkpoint.`,
    };
  }
  return { kind: 'transient', message: cause instanceof Error ? cause.message : String(cause) };
}
