import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { ZERO_ROWS_HINT } from '../../lib/troubleshoot';
import { connectorDetail } from '../../test/fixtures';
import { mockGraphQL, renderWithProviders } from '../../test/render';
import { ActivityTab } from './ActivityTab';
import type { SyncLogRow } from './types';

afterEach(() => vi.unstubAllGlobals());

const run = (n: number): SyncLogRow => ({
  id: `log-${n}`,
  syncType: 'incremental',
  status: 'completed',
  trigger: 'schedule',
  startedAt: new Date(Date.UTC(2026, 0, 1, 0, 60 - n)).toISOString(),
  completedAt: null,
  durationMs: 1000,
  elapsedMs: 1000,
  recordsCreated: 0,
  recordsUpdated: n,
  recordsFailed: 0,
  recordsRead: n,
  rowsImported: n,
  pages: 1,
  errorKind: null,
  errorMessage: null,
});

const page = (runs: number[], endCursor: string | null) => ({
  connector: {
    id: 'c1',
    syncLogs: { edges: runs.map((n) => ({ node: run(n) })), pageInfo: { hasNextPage: endCursor !== null, endCursor } },
  },
});

const only = (log: SyncLogRow) => ({
  connector: { id: 'c1', syncLogs: { edges: [{ node: log }], pageInfo: { hasNextPage: false, endCursor: null } } },
});

describe('ActivityTab', () => {
  it('loads older runs a page at a time from the last cursor', async () => {
    const newest = Array.from({ length: 25 }, (_, i) => i + 1);
    const seen = mockGraphQL((body) => (body.variables['after'] ? page([26, 27], null) : page(newest, 'cursor-25')));
    renderWithProviders(<ActivityTab connector={connectorDetail()} />, { role: 'viewer' });
    await waitFor(() => expect(screen.getAllByTestId('sync-log-row')).toHaveLength(25));
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(screen.getAllByTestId('sync-log-row')).toHaveLength(27));
    expect(seen.map((b) => b.variables)).toEqual([
      { id: 'c1', after: null },
      { id: 'c1', after: 'cursor-25' },
    ]);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('says to widen the date range when the syncs imported nothing', async () => {
    const empty = { ...run(0), status: 'completed' as const };
    mockGraphQL(() => only(empty));
    const lastSync = { id: 'log-0', status: 'completed' as const, rowsImported: 0, recordsFailed: 0, completedAt: null };
    renderWithProviders(<ActivityTab connector={connectorDetail({ lastSync, recentSyncs: { edges: [{ node: lastSync }] } })} />, {
      role: 'viewer',
    });
    expect(screen.getByText(ZERO_ROWS_HINT)).toBeTruthy();
    const row = await screen.findByTestId('sync-log-row');
    expect(within(row).getByText('0 rows: widen the date range')).toBeTruthy();
  });

  it('shows a failed run’s error as what happened and what to do', async () => {
    const failed = { ...run(1), status: 'failed' as const, errorKind: 'rate_limited' as const, errorMessage: 'Stripe answered 429' };
    mockGraphQL(() => only(failed));
    renderWithProviders(<ActivityTab connector={connectorDetail()} />, { role: 'viewer' });
    const row = await screen.findByTestId('sync-log-row');
    expect(row.textContent).toContain('The vendor is rate limiting requests. Wait a few minutes and click Sync Now again.');
    expect(screen.queryByText(ZERO_ROWS_HINT)).toBeNull();
  });

  it('shows a run that stored nothing while rejecting rows as completed with errors, with the reason and the fix', async () => {
    const message =
      'Nothing was stored: all 5,000 rows read were rejected. Commonest reason (5,000 rows of charges): amount: Invalid input';
    const rejected = {
      ...run(0),
      status: 'completed_with_errors' as const,
      recordsFailed: 5000,
      recordsRead: 5000,
      errorKind: 'validation' as const,
      errorMessage: message,
    };
    mockGraphQL(() => only(rejected));
    renderWithProviders(<ActivityTab connector={connectorDetail()} />, { role: 'viewer' });
    const row = await screen.findByTestId('sync-log-row');
    expect(within(row).getByTestId('log-status').textContent).toBe('completed with errors');
    expect(within(row).getByTestId('log-rows-read').textContent).toBe('5,000');
    expect(row.textContent).not.toContain('No changes since the previous sync');
    expect(row.textContent).toContain('Rows were rejected. Open the Dead letters tab: fix the field mapping, then replay the group.');
  });
});
