import { fireEvent, screen, waitFor } from '@testing-library/react';
import { connectorDetail } from '../../test/fixtures';
import { mockGraphQL, renderWithProviders } from '../../test/render';
import type { ConnectorDetail } from './types';
import { SettingsPanel } from './SettingsPanel';

afterEach(() => vi.unstubAllGlobals());

const settingsSchema = {
  type: 'object',
  properties: {
    overlapMinutes: { type: 'integer', minimum: 0, maximum: 1440, default: 5, description: 'Minutes each incremental sync re-reads' },
    region: { type: 'string', enum: ['us', 'eu'], default: 'us' },
    writeback: { type: 'object', properties: { enabled: { type: 'boolean', default: false, description: 'Write scores back' } } },
  },
};

const salesforce = (schema: unknown = settingsSchema): ConnectorDetail =>
  connectorDetail({
    type: 'salesforce',
    name: 'Salesforce',
    settings: { overlapMinutes: 5, region: 'us', writeback: { enabled: false }, accountId: 'a1' },
    connectorType: {
      id: 'salesforce',
      name: 'Salesforce',
      description: '',
      categoryLabel: 'CRM',
      authMethod: 'OAUTH2',
      oauthAvailable: true,
      sandboxAvailable: true,
      writebackAvailable: true,
      accountSelection: false,
      defaultSchedule: '0 * * * *',
      docsUrl: null,
      settingsSchema: schema,
      authFields: [],
      streams: [],
    },
  });

/** A gateway that refuses an overlap above 1440 as the real one does (a field error on its path), and accepts the rest. */
function settingsGateway() {
  return mockGraphQL(({ query, variables }) => {
    if (!query.includes('mutation UpdateConnectorSettings')) return {};
    const settings = variables['settings'] as Record<string, unknown>;
    if (Number(settings['overlapMinutes']) > 1440)
      return {
        updateConnectorSettings: {
          __typename: 'InputError',
          message: 'Invalid settings',
          fieldErrors: [{ path: 'overlapMinutes', message: 'Too big: expected number to be <=1440' }],
        },
      };
    return { updateConnectorSettings: { __typename: 'MutationUpdateConnectorSettingsSuccess', data: { id: 'c1' } } };
  });
}

const saves = (seen: ReturnType<typeof settingsGateway>) => seen.filter((b) => b.query.includes('mutation UpdateConnectorSettings'));

describe('SettingsPanel', () => {
  it("draws the connector's settings schema as a form, with descriptions as help", async () => {
    renderWithProviders(<SettingsPanel connector={salesforce()} />, { role: 'manager' });
    expect(await screen.findByLabelText('Overlap minutes')).toHaveProperty('value', '5');
    expect(screen.getByText('Minutes each incremental sync re-reads')).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Writeback' })).toBeTruthy();
    expect(screen.getByRole('switch', { name: /^Enabled/ })).toHaveProperty('checked', false);
    expect(screen.getByRole('button', { name: 'Save settings' })).toHaveProperty('disabled', true);
  });

  it('sends only the changed settings, and puts the gateway’s validation error on the field', async () => {
    const seen = settingsGateway();
    renderWithProviders(<SettingsPanel connector={salesforce()} />, { role: 'manager' });
    fireEvent.change(await screen.findByLabelText('Overlap minutes'), { target: { value: '5000' } });
    fireEvent.click(screen.getByRole('switch', { name: /^Enabled/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await screen.findByText('Too big: expected number to be <=1440');
    expect(screen.getByLabelText('Overlap minutes').getAttribute('aria-invalid')).toBe('true');
    expect(saves(seen)[0]?.variables['settings']).toEqual({ overlapMinutes: 5000, writeback: { enabled: true } });

    fireEvent.change(screen.getByLabelText('Overlap minutes'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    // A cleared setting is sent as null: the gateway drops it and its default applies.
    await waitFor(() => expect(saves(seen)[1]?.variables['settings']).toEqual({ overlapMinutes: null, writeback: { enabled: true } }));
  });

  it('keeps the raw JSON as the advanced view', async () => {
    const seen = settingsGateway();
    renderWithProviders(<SettingsPanel connector={salesforce()} />, { role: 'manager' });
    fireEvent.click(await screen.findByText('Advanced (JSON)'));
    const json = screen.getByLabelText('Settings (JSON)');
    expect(JSON.parse((json as HTMLTextAreaElement).value)).toMatchObject({ accountId: 'a1', overlapMinutes: 5 });
    fireEvent.change(json, { target: { value: '{"overlapMinutes": 30}' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(saves(seen)[0]?.variables['settings']).toEqual({ overlapMinutes: 30 }));
  });

  it('shows only the raw JSON when the schema is not one the form can draw, and a note when there is nothing to set', async () => {
    const { unmount } = renderWithProviders(<SettingsPanel connector={salesforce(null)} />, { role: 'manager' });
    expect(await screen.findByLabelText('Settings (JSON)')).toBeTruthy();
    expect(screen.queryByText('Advanced (JSON)')).toBeNull();
    unmount();
    renderWithProviders(<SettingsPanel connector={salesforce({ type: 'object', properties: {} })} />, { role: 'manager' });
    expect(await screen.findByText(/Salesforce has no settings of its own/)).toBeTruthy();
  });

  it('gives a viewer the form read-only, without Save', async () => {
    renderWithProviders(<SettingsPanel connector={salesforce()} />, { role: 'viewer' });
    expect((await screen.findByLabelText('Overlap minutes')).hasAttribute('readonly')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Save settings' })).toBeNull();
  });
});
