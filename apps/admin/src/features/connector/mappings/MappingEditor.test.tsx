import { ModalsProvider } from '@mantine/modals';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { connectorDetail } from '../../../test/fixtures';
import { mockGraphQL, renderWithProviders } from '../../../test/render';
import type { ConnectorDetail } from '../types';
import { MappingEditor } from './MappingEditor';

afterEach(() => vi.unstubAllGlobals());

const connectorType: ConnectorDetail['connectorType'] = {
  id: 'stripe',
  name: 'Stripe',
  description: '',
  categoryLabel: 'Payments',
  authMethod: 'API_KEY',
  oauthAvailable: true,
  sandboxAvailable: true,
  writebackAvailable: false,
  accountSelection: false,
  defaultSchedule: '0 * * * *',
  docsUrl: null,
  settingsSchema: { type: 'object', properties: {} },
  authFields: [],
  streams: [
    { name: 'charges', entity: 'charge', description: '' },
    { name: 'customers', entity: 'person', description: '' },
  ],
};

const mapping = { stream: 'charges', target: 'amount', source: 'amount', transform: 'none', isDefault: true };
const page = (raw: unknown) => ({ edges: [{ node: { raw, stored: { amount: 100 } } }] });

/** The answers both tests share: the stored mappings, a save, no dead letters, one sample row per entity. */
function rejectingGatewayAnswer(query: string): unknown {
  if (query.includes('query FieldMappings')) return { fieldMappings: [{ ...mapping, defaultSource: 'amount', defaultTransform: 'none' }] };
  if (query.includes('mutation UpdateFieldMappings'))
    return { updateFieldMappings: { __typename: 'MutationUpdateFieldMappingsSuccess', data: { id: 'c1' } } };
  if (query.includes('DeadLetters'))
    return { connector: { deadLetters: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } } } };
  const empty = page({ amount: 100 });
  return { people: empty, accounts: empty, activities: empty, deals: empty, charges: empty, channelMetrics: empty };
}

/** A gateway whose preview rejects every sample: the draft maps amount to a field the rows lack. */
function rejectingGateway() {
  return mockGraphQL(({ query }) => {
    if (query.includes('query PreviewMappings'))
      return { previewMappings: [{ stream: 'charges', entity: 'charge', valid: false, record: {}, issues: ['amount: required'] }] };
    return rejectingGatewayAnswer(query);
  });
}

describe('MappingEditor', () => {
  it('asks before saving mappings that reject every sample row, and saves only when confirmed', async () => {
    const seen = rejectingGateway();
    const connector = connectorDetail({ connectorType });
    renderWithProviders(
      <ModalsProvider>
        <MappingEditor connector={connector} />
      </ModalsProvider>,
      { role: 'manager' },
    );
    const source = await screen.findByLabelText('Source of amount');
    fireEvent.change(source, { target: { value: 'amount_cents' } });
    await screen.findByText('Would be rejected');
    await waitFor(() => expect(seen.filter((b) => b.query.includes('PreviewMappings')).length).toBeGreaterThan(1));
    fireEvent.click(screen.getByRole('button', { name: 'Save mappings' }));
    await screen.findByText('Every sample row would be rejected');
    expect(seen.some((b) => b.query.includes('mutation UpdateFieldMappings'))).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Save anyway' }));
    await waitFor(() => expect(seen.some((b) => b.query.includes('mutation UpdateFieldMappings'))).toBe(true));
  });

  it('offers to apply a saved change to the stored rows, and follows the remap run to its outcome', async () => {
    const run = { id: 'r1', syncType: 'remap', errorMessage: null, recordsFailed: 0 };
    let polls = 0;
    const seen = mockGraphQL(({ query }) => {
      if (query.includes('mutation ApplyMappingsToStoredRows'))
        return {
          applyMappingsToStoredRows: {
            __typename: 'MutationApplyMappingsToStoredRowsSuccess',
            data: { ...run, status: 'running', done: false, recordsRead: 0, recordsUpdated: 0 },
          },
        };
      if (query.includes('query SyncRun')) {
        polls += 1;
        return polls < 2
          ? { syncRun: { ...run, status: 'running', done: false, recordsRead: 500, recordsUpdated: 20 } }
          : { syncRun: { ...run, status: 'completed', done: true, recordsRead: 1000, recordsUpdated: 23 } };
      }
      if (query.includes('query PreviewMappings'))
        return { previewMappings: [{ stream: 'charges', entity: 'charge', valid: true, record: {}, issues: [] }] };
      return rejectingGatewayAnswer(query);
    });
    renderWithProviders(
      <ModalsProvider>
        <MappingEditor connector={connectorDetail({ connectorType })} />
      </ModalsProvider>,
      { role: 'manager' },
    );
    fireEvent.change(await screen.findByLabelText('Source of amount'), { target: { value: 'amount_captured' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save mappings' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Apply to stored rows' }));
    await waitFor(() =>
      expect(seen.find((b) => b.query.includes('mutation ApplyMappingsToStoredRows'))?.variables).toEqual({
        connectorId: 'c1',
        stream: 'charges',
      }),
    );
    expect((await screen.findByTestId('remap-status')).textContent).toMatch(/Re-mapping|Applied/);
    await waitFor(() => expect(screen.getByTestId('remap-status').textContent).toBe('Applied'), { timeout: 5_000 });
    expect(screen.getByTestId('remap-counts').textContent).toBe('charges: 1,000 stored rows read · 23 changed');
    const pollsWhenDone = polls;
    await new Promise((done) => setTimeout(done, 1_500));
    // Polling stops once the run is done.
    expect(polls).toBe(pollsWhenDone);
  });
});
