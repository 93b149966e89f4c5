import { fireEvent, screen, waitFor } from '@testing-library/react';
import { connectorDetail } from '../../../test/fixtures';
import { mockGraphQL, renderWithProviders } from '../../../test/render';
import { WritebackPanel } from './WritebackPanel';

afterEach(() => vi.unstubAllGlobals());

const settings = {
  loginHost: 'test.salesforce.com',
  syncFrom: '2024-01-01',
  writeback: {
    enabled: false,
    fields: { contact: 'Tributary_Score__c', lead: 'Tributary_Score__c', account: 'Tributary_Score__c' },
    weights: { types: { meeting: 5, call: 3, email: 1 }, defaultWeight: 1, halfLifeDays: 30, windowDays: 365, precision: 1 },
  },
};

const salesforce = (stored: unknown = settings) =>
  connectorDetail({ id: 'c-sf', type: 'salesforce', name: 'Salesforce', settings: stored });

const enabled = { ...settings, writeback: { ...settings.writeback, enabled: true } };

/** Answers the two writeback mutations as the gateway does. */
const gateway = () =>
  mockGraphQL((body) =>
    body.query.includes('triggerWriteback')
      ? { triggerWriteback: { data: { status: 'started' } } }
      : { updateConnectorSettings: { data: { id: 'c-sf' } } },
  );

describe('WritebackPanel', () => {
  it('says what the score is and that only changed scores are written', () => {
    renderWithProviders(<WritebackPanel connector={salesforce()} />, { role: 'manager' });
    expect(screen.getByText(/engagement score of each contact, lead and account/).textContent).toMatch(
      /only the scores that changed since the last writeback are written to Salesforce/,
    );
  });

  it('turning writeback on saves the whole settings with only writeback.enabled changed', async () => {
    const seen = gateway();
    renderWithProviders(<WritebackPanel connector={salesforce()} />, { role: 'manager' });
    fireEvent.click(screen.getByRole('switch', { name: 'Write engagement scores back to Salesforce' }));
    await waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]?.query).toMatch(/updateConnectorSettings/);
    expect(seen[0]?.variables).toEqual({ connectorId: 'c-sf', settings: enabled });
  });

  it('keeps settings it does not know when the stored writeback is partial', async () => {
    const seen = gateway();
    renderWithProviders(<WritebackPanel connector={salesforce({ loginHost: 'login.salesforce.com', custom: { a: 1 } })} />, {
      role: 'admin',
    });
    fireEvent.click(screen.getByRole('switch'));
    await waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]?.variables['settings']).toEqual({ loginHost: 'login.salesforce.com', custom: { a: 1 }, writeback: { enabled: true } });
  });

  it('"Write back scores now" calls triggerWriteback', async () => {
    const seen = gateway();
    renderWithProviders(<WritebackPanel connector={salesforce(enabled)} />, { role: 'manager' });
    fireEvent.click(screen.getByRole('button', { name: 'Write back scores now' }));
    await waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]?.query).toMatch(/mutation TriggerWriteback/);
    expect(seen[0]?.variables).toEqual({ connectorId: 'c-sf' });
  });

  it('offers "Write back scores now" only once writeback is on', () => {
    renderWithProviders(<WritebackPanel connector={salesforce()} />, { role: 'manager' });
    expect(screen.getByRole('button', { name: 'Write back scores now' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByText('Turn writeback on first.')).toBeTruthy();
  });

  it('saves edited weights and target fields, merged, after validating them', async () => {
    const seen = gateway();
    renderWithProviders(<WritebackPanel connector={salesforce(enabled)} />, { role: 'manager' });
    fireEvent.change(screen.getByLabelText('Weight of call'), { target: { value: '-2' } });
    fireEvent.change(screen.getByLabelText('Contact field'), { target: { value: 'Engagement Score' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save writeback settings' }));
    expect(await screen.findByText('A number, 0 or more')).toBeTruthy();
    expect(screen.getByText(/An API field name/)).toBeTruthy();
    expect(seen).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('Weight of call'), { target: { value: '4' } });
    fireEvent.change(screen.getByLabelText('Contact field'), { target: { value: 'Engagement__c' } });
    fireEvent.click(screen.getByLabelText('Remove email'));
    fireEvent.click(screen.getByRole('button', { name: 'Save writeback settings' }));
    await waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]?.variables['settings']).toEqual({
      ...enabled,
      writeback: {
        ...enabled.writeback,
        fields: { ...enabled.writeback.fields, contact: 'Engagement__c' },
        weights: { ...enabled.writeback.weights, types: { meeting: 5, call: 4 } },
      },
    });
  });

  it('shows a viewer the settings read-only, with no button that changes anything', () => {
    renderWithProviders(<WritebackPanel connector={salesforce(enabled)} />, { role: 'viewer' });
    expect(screen.getByRole('switch').hasAttribute('disabled')).toBe(true);
    expect(screen.getByLabelText('Contact field').hasAttribute('readonly')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Write back scores now' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save writeback settings' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add activity type' })).toBeNull();
  });
});
