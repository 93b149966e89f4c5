import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';
import { SensorGroups } from './SensorGroups';
import type { SensorType } from './types';

const stripe: SensorType = {
  id: 'stripe',
  name: 'Stripe',
  description: 'Charges, refunds and customers',
  category: 'payments',
  categoryLabel: 'Payments',
  authMethod: 'API_KEY',
  oauthAvailable: true,
  sandboxAvailable: true,
  accountSelection: false,
  docsUrl: null,
  authFields: [],
};

describe('SensorGroups', () => {
  it('shows every category in order, an empty one with a line instead of cards', () => {
    renderWithProviders(<SensorGroups types={[stripe]} connectors={[]} />, { role: 'manager' });
    const names = screen.getAllByRole('region').map((section) => section.getAttribute('aria-label'));
    expect(names).toEqual(['Ads', 'CRM', 'Payments', 'Analytics', 'Marketing', 'Intent', 'Communications', 'Meetings']);
    const payments = screen.getByRole('region', { name: 'Payments' });
    expect(within(payments).getByRole('article', { name: 'Stripe' })).toBeTruthy();
    expect(within(payments).queryByText(/No connectors/)).toBeNull();
    const meetings = screen.getByRole('region', { name: 'Meetings' });
    expect(meetings.textContent).toBe('MeetingsNo connectors in this category yet.');
    expect(screen.getAllByText('No connectors in this category yet.')).toHaveLength(7);
  });
});
