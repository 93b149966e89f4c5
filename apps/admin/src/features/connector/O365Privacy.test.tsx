import { fireEvent, screen, waitFor } from '@testing-library/react';
import { connectorDetail } from '../../test/fixtures';
import { mockGraphQL, renderWithProviders } from '../../test/render';
import { O365Privacy } from './O365Privacy';

afterEach(() => vi.unstubAllGlobals());

const record = (overrides: Record<string, unknown> = {}) => ({
  connectorId: 'c-o365',
  dpaAcceptedAt: null,
  dpaAcceptedBy: null,
  dpaVersion: null,
  currentDpaVersion: '2026-12',
  dpaText: 'Message bodies are never read or stored.',
  allowedDomains: [],
  ownDomain: null,
  includeSubjects: false,
  syncAllowed: false,
  ...overrides,
});

const o365 = connectorDetail({ id: 'c-o365', type: 'o365', name: 'Office 365', settings: {} });

/** Answers the privacy query and both mutations as the gateway does. */
const gateway = (stored = record()) =>
  mockGraphQL((body) => {
    if (body.query.includes('acceptO365Dpa')) return { acceptO365Dpa: { data: record({ syncAllowed: true, dpaVersion: '2026-12' }) } };
    if (body.query.includes('updateO365Privacy')) return { updateO365Privacy: { data: record() } };
    return { o365Privacy: { data: stored } };
  });

describe('O365Privacy', () => {
  it('shows the agreement and that syncing is blocked; viewers cannot accept it', async () => {
    gateway();
    renderWithProviders(<O365Privacy connector={o365} />, { role: 'viewer' });
    expect(await screen.findByText('Message bodies are never read or stored.')).toBeTruthy();
    expect(screen.getByText(/Syncing is blocked until the Data Processing Agreement is accepted/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Accept the agreement' })).toBeNull();
  });

  it('a manager accepts the version shown, only after ticking that it was read', async () => {
    const seen = gateway();
    renderWithProviders(<O365Privacy connector={o365} />, { role: 'manager' });
    const accept = await screen.findByRole('button', { name: 'Accept the agreement' });
    expect(accept.hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: /I have read the agreement/ }));
    fireEvent.click(accept);
    await waitFor(() => expect(seen.some((c) => c.query.includes('acceptO365Dpa'))).toBe(true));
    expect(seen.find((c) => c.query.includes('acceptO365Dpa'))?.variables).toEqual({ connectorId: 'c-o365', version: '2026-12' });
  });

  it('saves the allowed domains, own domain and subjects through updateO365Privacy', async () => {
    const seen = gateway(
      record({ syncAllowed: true, dpaVersion: '2026-12', dpaAcceptedAt: '2026-12-06T10:00:00Z', allowedDomains: ['acme.com'] }),
    );
    renderWithProviders(<O365Privacy connector={o365} />, { role: 'admin' });
    fireEvent.change(await screen.findByRole('textbox', { name: /Your own domain/ }), { target: { value: 'us.com' } });
    fireEvent.click(screen.getByRole('switch', { name: /Read subjects/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save privacy settings' }));
    await waitFor(() => expect(seen.some((c) => c.query.includes('updateO365Privacy'))).toBe(true));
    expect(seen.find((c) => c.query.includes('updateO365Privacy'))?.variables).toEqual({
      connectorId: 'c-o365',
      allowedDomains: ['acme.com'],
      ownDomain: 'us.com',
      includeSubjects: true,
    });
  });
});
