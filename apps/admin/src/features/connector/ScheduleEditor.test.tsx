import { screen } from '@testing-library/react';
import { connectorDetail } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import { ScheduleBadge } from './ScheduleEditor';

describe('ScheduleBadge', () => {
  it('says Active for a running schedule, and names "not connected" only when the connector is not', () => {
    const schedule = { cron: '0 * * * *', nextRuns: ['2026-01-01T01:00:00.000Z'] };
    const { unmount } = renderWithProviders(<ScheduleBadge connector={connectorDetail({ schedule: { ...schedule, paused: false } })} />, {
      role: 'viewer',
    });
    expect(screen.getByTestId('schedule-badge').textContent).toBe('Active');
    unmount();
    renderWithProviders(<ScheduleBadge connector={connectorDetail({ connected: true, schedule: { ...schedule, paused: true } })} />, {
      role: 'viewer',
    });
    expect(screen.getByTestId('schedule-badge').textContent).toBe('Paused: reconnect to resume');
  });

  it('says paused (not connected) for a disconnected connector', () => {
    const schedule = { cron: '0 * * * *', nextRuns: [], paused: true };
    renderWithProviders(<ScheduleBadge connector={connectorDetail({ connected: false, status: 'disconnected', schedule })} />, {
      role: 'viewer',
    });
    expect(screen.getByTestId('schedule-badge').textContent).toBe('Paused (not connected)');
  });
});
