import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ApiTokensQuery } from '../../graphql/generated/graphql';
import { mockGraphQL, renderWithProviders } from '../../test/render';
import { ApiTokens } from './ApiTokens';

afterEach(() => vi.unstubAllGlobals());

type Token = ApiTokensQuery['apiTokens'][number];

const SECRET = 'trb_live_0123456789abcdef0123456789abcdef';

/** The gateway's token routes over one list: create returns the secret once, the list only ever has the prefix. */
function tokenGateway(tokens: Token[] = []) {
  const seen = mockGraphQL(({ query, variables }) => {
    if (query.includes('mutation CreateApiToken')) {
      const token = { id: 't-new', name: String(variables['name']), prefix: SECRET.slice(0, 12), userId: 'u-manager' };
      tokens.unshift({ ...token, createdAt: '2026-11-01T10:00:00.000Z', lastUsedAt: null, expiresAt: null, revokedAt: null });
      return { createApiToken: { data: { token: SECRET, apiToken: { id: token.id, name: token.name } } } };
    }
    if (query.includes('mutation RevokeApiToken')) {
      const token = tokens.find((t) => t.id === variables['id']);
      if (token) token.revokedAt = '2026-11-02T10:00:00.000Z';
      return { revokeApiToken: { data: true } };
    }
    return { apiTokens: tokens.map((t) => ({ ...t })) };
  });
  return seen;
}

const tokensTable = () => screen.getByRole('table', { name: 'API tokens' });

describe('ApiTokens', () => {
  it('shows a new token once, in a dialog, and never again after it is closed', async () => {
    const seen = tokenGateway();
    renderWithProviders(<ApiTokens />, { role: 'manager' });
    fireEvent.change(screen.getByLabelText('Token name'), { target: { value: 'BI export' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create token' }));
    const dialog = await screen.findByRole('dialog', { name: 'Your new API token' });
    expect(within(dialog).getByTestId('new-token').textContent).toBe(SECRET);
    expect(within(dialog).getByText(/shown only this once/)).toBeTruthy();
    expect(seen.find((b) => b.query.includes('mutation CreateApiToken'))?.variables).toEqual({ name: 'BI export' });
    // Cleared as soon as the token exists, however the dialog is left.
    expect((screen.getByLabelText('Token name', { selector: 'input' }) as HTMLInputElement).value).toBe('');

    // The list shows the new token by name and prefix, never the secret.
    await within(tokensTable()).findByText('BI export');
    expect(tokensTable().textContent).toContain(`${SECRET.slice(0, 12)}…`);
    expect(tokensTable().textContent).not.toContain(SECRET);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.body.textContent).not.toContain(SECRET);
    expect((screen.getByLabelText('Token name') as HTMLInputElement).value).toBe('');
  });

  it('revokes a token: it stays listed as revoked, with nothing left to do to it', async () => {
    const active: Token = {
      id: 't-1',
      name: 'CI',
      prefix: 'trb_live_aaa',
      userId: 'u-manager',
      createdAt: '2026-10-01T10:00:00.000Z',
      lastUsedAt: null,
      expiresAt: null,
      revokedAt: null,
    };
    const seen = tokenGateway([active]);
    renderWithProviders(<ApiTokens />, { role: 'manager' });
    const row = (await within(tokensTable()).findByText('CI')).closest('tr');
    if (!row) throw new Error('no row for the token');
    fireEvent.click(within(row).getByRole('button', { name: 'Revoke' }));
    await waitFor(() => expect(within(row).queryByRole('button', { name: 'Revoke' })).toBeNull());
    expect(within(row).getByText('revoked')).toBeTruthy();
    expect(seen.find((b) => b.query.includes('mutation RevokeApiToken'))?.variables).toEqual({ id: 't-1' });
  });

  it('does not create a token without a name', () => {
    const seen = tokenGateway();
    renderWithProviders(<ApiTokens />, { role: 'viewer' });
    fireEvent.change(screen.getByLabelText('Token name'), { target: { value: '   ' } });
    expect(screen.getByRole('button', { name: 'Create token' }).hasAttribute('disabled')).toBe(true);
    expect(seen.filter((b) => b.query.includes('mutation'))).toEqual([]);
  });
});
