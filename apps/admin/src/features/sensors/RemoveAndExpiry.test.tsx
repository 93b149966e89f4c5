import { fireEvent, screen, within } from '@testing-library/react';
import { ModalsProvider } from '@mantine/modals';
import { connectorSummary, sensorType } from '../../test/fixtures';
import { mockGraphQL, renderAtUrl } from '../../test/render';
import { SensorCard } from './SensorCard';

const card = async (ui: Parameters<typeof SensorCard>[0], role: 'admin' | 'manager' | 'viewer' = 'admin') => {
  renderAtUrl(
    <ModalsProvider>
      <SensorCard {...ui} />
    </ModalsProvider>,
    '/sensors',
    { role },
  );
  return screen.findByRole('article', { name: ui.type.name });
};

describe('credentials that cannot be renewed', () => {
  it('warn on the card with the gateway’s message', async () => {
    const message = 'Salesforce access expires on 2026-12-08T10:00:00.000Z and cannot be renewed automatically. Reconnect before then.';
    const article = await card({
      type: sensorType(),
      connector: connectorSummary({ credentialWarning: { expiresAt: '2026-12-08T10:00:00.000Z', expired: false, message } }),
    });
    const alert = within(article).getByRole('alert');
    expect(within(alert).getByText('Reconnect needed')).toBeTruthy();
    expect(alert.textContent).toContain(message);
  });

  it('show nothing when the connection renews itself', async () => {
    const article = await card({ type: sensorType(), connector: connectorSummary({ credentialWarning: null }) });
    expect(within(article).queryByRole('alert')).toBeNull();
  });
});

describe('Remove', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for confirmation that says the data is deleted, then removes the connector', async () => {
    const seen = mockGraphQL(() => ({
      removeConnector: { __typename: 'MutationRemoveConnectorSuccess', data: { id: 'c-sf', type: 'salesforce' } },
    }));
    const article = await card({ type: sensorType(), connector: connectorSummary() });
    fireEvent.click(within(article).getByRole('button', { name: 'Salesforce settings' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Remove…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove Salesforce?' });
    expect(dialog.textContent).toMatch(/every record synced through it/);
    expect(dialog.textContent).toMatch(/cannot be undone.*disconnect instead/);
    expect(seen).toHaveLength(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Remove and delete data' }));
    await vi.waitFor(() => expect(seen.some((b) => b.query.includes('removeConnector'))).toBe(true));
    expect(seen.find((b) => b.query.includes('removeConnector'))?.variables).toEqual({ connectorId: 'c-sf' });
  });

  it('is not offered to managers', async () => {
    const article = await card({ type: sensorType(), connector: connectorSummary() }, 'manager');
    fireEvent.click(within(article).getByRole('button', { name: 'Salesforce settings' }));
    await screen.findByRole('menuitem', { name: 'Activity log' });
    expect(screen.queryByRole('menuitem', { name: 'Remove…' })).toBeNull();
  });
});
