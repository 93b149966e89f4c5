import { fireEvent, screen, waitFor } from '@testing-library/react';
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
});
