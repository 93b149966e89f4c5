import { fireEvent, screen, waitFor } from '@testing-library/react';
import { mockGraphQL, renderWithProviders } from '../../test/render';
import { InviteMemberForm } from './InviteMemberForm';

afterEach(() => vi.unstubAllGlobals());

const LINK = 'https://tributary.example.com/invite#tri_0123456789abcdefghijklmnop';

function inviteGateway(mailed: boolean) {
  return mockGraphQL(({ query, variables }) => {
    if (!query.includes('mutation InviteMember')) return {};
    const invitation = { id: 'i-1', email: String(variables['email']), role: variables['role'] };
    return { inviteMember: { data: { link: mailed ? null : LINK, mailed, invitation } } };
  });
}

describe('InviteMemberForm', () => {
  it('sends only the email and role (no password field at all) and shows the link once', async () => {
    const seen = inviteGateway(false);
    renderWithProviders(<InviteMemberForm />, { role: 'admin' });
    expect(screen.queryByLabelText(/password/i)).toBeNull();
    // A short role in the input (a long one was cut off), what it may do beneath.
    expect(screen.getByDisplayValue('Viewer')).toBeTruthy();
    expect(screen.getByText('Sees everything, changes nothing')).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /^Email/ }), { target: { value: 'ada@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Invite' }));
    expect((await screen.findByTestId('invitation-link')).textContent).toBe(LINK);
    expect(seen.find((b) => b.query.includes('mutation InviteMember'))?.variables).toEqual({ email: 'ada@example.com', role: 'viewer' });
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(document.body.textContent).not.toContain(LINK));
  });

  it('says the link was mailed when the gateway mailed it', async () => {
    inviteGateway(true);
    renderWithProviders(<InviteMemberForm />, { role: 'admin' });
    fireEvent.change(screen.getByRole('textbox', { name: /^Email/ }), { target: { value: 'bo@example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Invite' }));
    expect(await screen.findByText('The link was mailed to them.')).toBeTruthy();
    expect(screen.queryByTestId('invitation-link')).toBeNull();
  });
});
