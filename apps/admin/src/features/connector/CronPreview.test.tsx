import { screen } from '@testing-library/react';
import { mockGraphQL, renderWithProviders } from '../../test/render';
import { CronPreview } from './CronPreview';

afterEach(() => vi.unstubAllGlobals());

describe('CronPreview', () => {
  it('describes the schedule and lists the next runs the gateway computed', async () => {
    const seen = mockGraphQL(() => ({
      cronPreview: { valid: true, error: null, nextRuns: ['2026-11-22T04:00:00.000Z', '2026-11-22T08:00:00.000Z'] },
    }));
    renderWithProviders(<CronPreview cron="0 */4 * * *" />);
    expect(screen.getByText('On the hour, every 4 hours')).toBeTruthy();
    expect(await screen.findByText('Next runs')).toBeTruthy();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(seen[0]?.variables).toEqual({ cron: '0 */4 * * *' });
  });

  it('shows the local error at once, without asking the gateway', () => {
    const seen = mockGraphQL(() => ({}));
    renderWithProviders(<CronPreview cron="* * *" />);
    expect(screen.getByRole('alert').textContent).toMatch(/5 fields/);
    expect(seen).toHaveLength(0);
  });

  it('shows the gateway’s verdict when it refuses a schedule cronstrue accepts', async () => {
    mockGraphQL(() => ({ cronPreview: { valid: false, error: 'At most once a minute', nextRuns: [] } }));
    renderWithProviders(<CronPreview cron="* * * * *" />);
    expect((await screen.findByRole('alert')).textContent).toBe('At most once a minute');
  });
});
