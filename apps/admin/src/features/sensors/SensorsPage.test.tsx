import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { sensorType } from '../../test/fixtures';
import { mockGraphQL, renderAtUrl } from '../../test/render';
import { SensorsPage } from './SensorsPage';

afterEach(() => vi.unstubAllGlobals());

const sensors = () => mockGraphQL(() => ({ connectorTypes: [sensorType()], connectors: [] }));

/** The Sensors page as the gateway's OAuth callback leaves it: `/sensors?type=…&error=…`. */
const afterCallback = (type: string, error: string) =>
  renderAtUrl(<SensorsPage />, `/sensors?${new URLSearchParams({ type, error })}`, { role: 'admin' });

describe('SensorsPage after a failed OAuth callback', () => {
  it('says the vendor refused the redirect and names the exact URI to register for that connector', async () => {
    sensors();
    const message = 'Redirect not registered: add the callback URL to the allowed redirect URIs of the Salesforce app.';
    afterCallback('salesforce', message);
    const alert = await screen.findByTestId('callback-error');
    expect(within(alert).getByText('The vendor did not accept the callback URL')).toBeTruthy();
    expect(within(alert).getByText(message)).toBeTruthy();
    expect(alert.textContent).toContain(
      `What to do: Add ${window.location.origin}/api/connectors/salesforce/callback to the allowed redirect URIs of your OAuth app at the vendor, then connect again.`,
    );
  });

  it('asks to connect again when the authorization code expired', async () => {
    sensors();
    afterCallback('salesforce', 'Invalid grant: the authorization code expired or was already used. Try connecting again.');
    const alert = await screen.findByTestId('callback-error');
    expect(within(alert).getByText('The authorization expired before it was used')).toBeTruthy();
    expect(alert.textContent).toMatch(/What to do: .*Connect again\./);
  });

  it('asks to allow access when the consent screen was declined', async () => {
    sensors();
    afterCallback('google-ads', 'Access was denied on the Google Ads consent screen.');
    const alert = await screen.findByTestId('callback-error');
    expect(alert.textContent).toMatch(/What to do: Connect again and choose Allow on the consent screen\./);
  });

  it('dismisses the message and clears it from the URL', async () => {
    sensors();
    const { router } = afterCallback('salesforce', 'Access was denied on the Salesforce consent screen.');
    fireEvent.click(await screen.findByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByTestId('callback-error')).toBeNull());
    expect(router.state.location.search).toEqual({});
  });

  it('shows no callback message on a plain visit', async () => {
    sensors();
    renderAtUrl(<SensorsPage />, '/sensors', { role: 'admin' });
    await screen.findByRole('article', { name: 'Salesforce' });
    expect(screen.queryByTestId('callback-error')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
