import { ApplicationFailure } from '@temporalio/common';
import { ConfigError, TransientError, ValidationError, VendorError } from '@tributary/core';
import { NotFoundError } from '@tributary/db';
import { BatchConflictError, SyncNotRunningError } from '@tributary/sync';
import { describe, expect, it } from 'vitest';
import { toApplicationFailure } from './failures.js';

describe('toApplicationFailure', () => {
  it('makes config, validation and vendor errors non-retryable, typed by kind', () => {
    for (const error of [new ConfigError('bad'), new ValidationError('bad'), new VendorError('bad')]) {
      expect(toApplicationFailure(error)).toMatchObject({ type: error.kind, nonRetryable: true });
    }
  });

  it('retries transient and unclassified errors and races between attempts', () => {
    expect(toApplicationFailure(new TransientError('503'))).toMatchObject({ type: 'transient', nonRetryable: false });
    expect(toApplicationFailure(new Error('socket hang up'))).toMatchObject({ type: 'transient', nonRetryable: false });
    expect(toApplicationFailure(new BatchConflictError('log'))).toMatchObject({ type: 'batch_conflict', nonRetryable: false });
  });

  it('stops for a sync that is gone or a connector that was removed', () => {
    expect(toApplicationFailure(new SyncNotRunningError('log'))).toMatchObject({ type: 'sync_not_running', nonRetryable: true });
    expect(toApplicationFailure(new NotFoundError('Connector x'))).toMatchObject({ type: 'not_found', nonRetryable: true });
  });

  it('passes Temporal failures through untouched', () => {
    const failure = ApplicationFailure.nonRetryable('nope', 'custom');
    expect(toApplicationFailure(failure)).toBe(failure);
  });
});
