import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { sensorType } from '../../test/fixtures';
import { mockGraphQL, renderWithProviders } from '../../test/render';
import { ApiKeyForm } from './ApiKeyForm';

afterEach(() => vi.unstubAllGlobals());

const stripe = sensorType({
  id: 'stripe',
  name: 'Stripe',
  category: 'payments',
  categoryLabel: 'Payments',
  authMethod: 'API_KEY',
  authFields: [{ name: 'apiKey', label: 'Secret key', secret: true, pattern: '^(sk|rk)_(test|live)_', description: null }],
});

const verify = (key: string) => {
  fireEvent.change(screen.getByLabelText('Secret key'), { target: { value: key } });
  fireEvent.click(screen.getByRole('button', { name: 'Verify and connect' }));
};

describe('ApiKeyForm', () => {
  it('sends the typed key to be verified, not the sandbox', async () => {
    const seen = mockGraphQL(() => ({ connectApiKey: { data: { id: 'c1', status: 'connected' } } }));
    const onConnected = vi.fn();
    renderWithProviders(<ApiKeyForm type={stripe} onConnected={onConnected} />, { role: 'manager' });
    verify('sk_test_tributary_sandbox');
    await waitFor(() => expect(onConnected).toHaveBeenCalledOnce());
    expect(seen[0]?.variables).toEqual({
      type: 'stripe',
      credentials: [{ name: 'apiKey', value: 'sk_test_tributary_sandbox' }],
      useSandbox: false,
    });
  });

  it('shows a key the vendor rejected as what happened and what to do, and stays open', async () => {
    const message = 'Stripe rejected the API key (401): Invalid API Key provided: sk_test_********wxyz';
    const fix = 'Check the key, or create a new one with read access, and try again.';
    mockGraphQL(() => ({ connectApiKey: { __typename: 'VendorError', message, kind: 'auth_revoked', suggestedFix: fix } }));
    const onConnected = vi.fn();
    renderWithProviders(<ApiKeyForm type={stripe} onConnected={onConnected} />, { role: 'manager' });
    verify('sk_test_0123456789wxyz');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The vendor did not accept the API key')).toBeTruthy();
    expect(within(alert).getByText(message)).toBeTruthy();
    expect(alert.textContent).toContain(`What to do: ${fix}`);
    expect(onConnected).not.toHaveBeenCalled();
  });

  it('puts a malformed key’s error under the field', async () => {
    mockGraphQL(() => ({
      connectApiKey: {
        __typename: 'InputError',
        message: 'The API key is not valid',
        fieldErrors: [{ path: 'apiKey', message: 'This does not look like a Secret key' }],
      },
    }));
    renderWithProviders(<ApiKeyForm type={stripe} onConnected={() => undefined} />, { role: 'manager' });
    verify('pk_live_publishable');
    expect(await screen.findByText('This does not look like a Secret key')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
