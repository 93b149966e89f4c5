import { screen, within } from '@testing-library/react';
import type { Role } from '../../graphql/generated/graphql';
import { ZERO_ROWS_HINT } from '../../lib/troubleshoot';
import { connectorSummary, sensorType } from '../../test/fixtures';
import { renderAtUrl } from '../../test/render';
import type { ConnectorSummary } from './types';
import { SensorCard } from './SensorCard';

const card = async (connector: ConnectorSummary, role: Role = 'manager') => {
  renderAtUrl(<SensorCard type={sensorType()} connector={connector} />, '/sensors', { role });
  return screen.findByRole('article', { name: 'Salesforce' });
};

const completed = (rowsImported: number) => ({ id: 's1', status: 'completed' as const, rowsImported, recordsFailed: 0, completedAt: null });

describe('SensorCard in error', () => {
  it('shows what happened and the troubleshooting advice, with Reconnect', async () => {
    const article = await card(
      connectorSummary({
        status: 'error',
        lastError: {
          kind: 'auth_revoked',
          message: 'Token refresh failed: Salesforce no longer accepts the refresh token (expired access/refresh token).',
          suggestedFix: 'Reconnect the integration.',
        },
      }),
    );
    expect(within(article).getByTestId('status-badge').textContent).toBe('Error');
    const alert = within(article).getByRole('alert');
    expect(within(alert).getByText('The connection can no longer refresh its access')).toBeTruthy();
    expect(within(alert).getByText(/Token refresh failed: Salesforce no longer accepts/)).toBeTruthy();
    expect(alert.textContent).toContain('What to do: Disconnect and reconnect the integration.');
    expect(within(article).getByRole('button', { name: 'Reconnect' })).toBeTruthy();
  });

  it('asks to wait on a rate limit, with the gateway’s own advice when it has some', async () => {
    const article = await card(
      connectorSummary({
        status: 'error',
        lastError: { kind: 'rate_limited', message: 'Salesforce answered 429 Too Many Requests', suggestedFix: 'Retry after 60 seconds.' },
      }),
    );
    const alert = within(article).getByRole('alert');
    expect(within(alert).getByText('The vendor is rate limiting requests')).toBeTruthy();
    expect(alert.textContent).toContain('What to do: Retry after 60 seconds.');
  });

  it('names the exact redirect URI of this connector when the vendor refused it', async () => {
    const article = await card(
      connectorSummary({
        status: 'error',
        lastError: { kind: 'config', message: 'redirect_uri_mismatch', suggestedFix: 'Register the callback URL.' },
      }),
    );
    expect(within(article).getByRole('alert').textContent).toContain(`Add ${window.location.origin}/api/connectors/salesforce/callback`);
  });

  it('shows no error once the connector is healthy again', async () => {
    const article = await card(
      connectorSummary({ lastError: { kind: 'transient', message: 'Salesforce could not be reached', suggestedFix: 'Try again.' } }),
    );
    expect(within(article).queryByRole('alert')).toBeNull();
  });

  it('gives a viewer the advice but no Reconnect', async () => {
    const article = await card(
      connectorSummary({
        status: 'error',
        lastError: { kind: 'auth_revoked', message: 'Token refresh failed', suggestedFix: 'Reconnect.' },
      }),
      'viewer',
    );
    expect(within(article).getByRole('alert')).toBeTruthy();
    expect(within(article).queryByRole('button', { name: 'Reconnect' })).toBeNull();
  });
});

describe('SensorCard after a sync that imported nothing', () => {
  it('says to widen the date range', async () => {
    const article = await card(connectorSummary({ lastSync: completed(0), recentSyncs: { edges: [{ node: completed(0) }] } }));
    expect(within(article).getByText(ZERO_ROWS_HINT)).toBeTruthy();
    expect(within(article).getByTestId('rows-imported').textContent).toBe('0');
  });

  it('stays quiet when an earlier sync imported rows (nothing changed since)', async () => {
    const unchanged = connectorSummary({
      lastSync: completed(0),
      recentSyncs: { edges: [{ node: completed(0) }, { node: completed(1200) }] },
    });
    expect(within(await card(unchanged)).queryByText(ZERO_ROWS_HINT)).toBeNull();
  });

  it('stays quiet while the first sync runs', async () => {
    const running = connectorSummary({ lastSync: { ...completed(0), status: 'running' }, recentSyncs: { edges: [] } });
    expect(within(await card(running)).queryByText(ZERO_ROWS_HINT)).toBeNull();
  });
});

describe('SensorCard rows (issue 14: "0 rows" read as data loss)', () => {
  it('shows the rows held beside what the last sync changed', async () => {
    const article = await card(connectorSummary({ rowsHeld: 5234, lastSync: completed(0) }));
    expect(within(article).getByTestId('rows-held').textContent).toBe('5,234');
    expect(within(article).getByTestId('rows-imported').textContent).toBe('0');
    expect(article.textContent).toContain('Changed by the last sync');
    expect(article.textContent).not.toContain('Rows imported by the last sync');
  });

  it('shows the records read as well as those written during a run', async () => {
    const currentSync = { id: 's2', pages: 12, rowsImported: 0, recordsRead: 1200, recordsFailed: 0, elapsedMs: 4000 };
    const article = await card(connectorSummary({ status: 'syncing', rowsHeld: 5000, currentSync }));
    expect(within(article).getByTestId('sync-progress').textContent).toMatch(/1,200 records read · 0 written · 12 pages/);
  });

  it('warns with the fix when the last run stored nothing while rejecting rows', async () => {
    const lastError = {
      kind: 'validation' as const,
      message: 'Every row of charges was rejected (5,000 rows in all)',
      suggestedFix: 'Review the dead letters.',
    };
    const article = await card(connectorSummary({ lastError, lastSync: { ...completed(0), status: 'completed_with_errors' } }));
    expect(within(article).getByRole('alert').textContent).toContain('Every row of charges was rejected');
  });
});
