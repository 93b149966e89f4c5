import { screen, within } from '@testing-library/react';
import { mockGraphQL, renderWithProviders } from '../../test/render';
import { RecordsTable } from './RecordsTable';
import { SPECS } from './entities';

afterEach(() => vi.unstubAllGlobals());

const activity = (n: number, person: { email: string | null; firstName: string | null; lastName: string | null } | null) => ({
  id: `a${n}`,
  connectorId: 'c1',
  externalId: `evt_${n}`,
  type: 'payment',
  channel: 'stripe',
  occurredAt: '2026-11-01T10:00:00.000Z',
  personExternalId: `cus_${n}`,
  person,
  deletedAt: null,
  raw: {},
});

describe('RecordsTable', () => {
  it('names the person of an activity (name, else email, else the vendor id) and counts every matching row', async () => {
    const edges = [
      activity(1, { email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace' }),
      activity(2, { email: 'bo@example.com', firstName: null, lastName: null }),
      activity(3, null),
    ].map((node) => ({ node }));
    mockGraphQL(() => ({ page: { totalCount: 1234, edges, pageInfo: { hasNextPage: true, endCursor: 'x' } } }));
    renderWithProviders(<RecordsTable spec={SPECS.activities} filter={{}} />, { role: 'viewer' });
    const table = await screen.findByRole('table', { name: 'Activities' });
    const people = within(table)
      .getAllByTestId('record-row')
      .map((r) => within(r).getAllByRole('cell')[2]?.textContent);
    expect(people).toEqual(['Ada Lovelace', 'bo@example.com', 'cus_3']);
    expect(screen.getByTestId('records-total').textContent).toBe('Page 1 of 50 · 1,234 activities');
  });
});
