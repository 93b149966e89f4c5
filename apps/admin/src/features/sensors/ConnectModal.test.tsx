import { screen } from '@testing-library/react';
import { sensorType } from '../../test/fixtures';
import { renderWithProviders } from '../../test/render';
import { ConnectModal } from './ConnectModal';

describe('ConnectModal', () => {
  it("tells a new deployment which of Stripe's options to use", () => {
    const stripe = sensorType({ id: 'stripe', name: 'Stripe', authMethod: 'API_KEY', oauthAvailable: true });
    renderWithProviders(<ConnectModal type={stripe} opened onClose={() => undefined} />, { role: 'manager' });
    expect(screen.getByText(/New deployments: connect through the Tributary Stripe App \(Stripe Apps OAuth\)/)).toBeTruthy();
    expect(screen.getByText(/Connect OAuth with read_only is closed to new platforms/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /Continue to Stripe/ })).toBeTruthy();
  });

  it('gives no such advice for a connector without a preference', () => {
    const hubspot = sensorType({ id: 'hubspot', name: 'HubSpot', authMethod: 'OAUTH2', oauthAvailable: true });
    renderWithProviders(<ConnectModal type={hubspot} opened onClose={() => undefined} />, { role: 'manager' });
    expect(screen.queryByText(/New deployments/)).toBeNull();
  });
});
