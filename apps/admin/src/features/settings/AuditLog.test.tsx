import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { AuditLogQuery } from '../../graphql/generated/graphql';
import { mockGraphQL, renderWithProviders } from '../../test/render';
import { AuditLog } from './AuditLog';

afterEach(() => vi.unstubAllGlobals());

type Entry = AuditLogQuery['auditLog']['edges'][number]['node'];

const entry = (n: number, over: Partial<Entry> = {}): Entry => ({
  id: `a-${n}`,
  actor: 'admin@example.com',
  action: 'connector.sync',
  targetType: 'connector',
  target: 'connector Stripe',
  targetId: 'c1',
  details: {},
  createdAt: new Date(Date.UTC(2026, 10, 1, 12, 60 - n)).toISOString(),
  ...over,
});

const page = (entries: Entry[], endCursor: string | null) => ({
  auditLog: { edges: entries.map((node) => ({ node })), pageInfo: { hasNextPage: endCursor !== null, endCursor } },
});

const rows = () =>
  within(screen.getByRole('table', { name: 'Audit log' }))
    .getAllByRole('row')
    .slice(1);

describe('AuditLog', () => {
  it('lists who did what to which target, newest first as the gateway returns them, with brief details', async () => {
    mockGraphQL(() =>
      page(
        [
          entry(1, { action: 'connector.connect', details: { type: 'stripe', method: 'api_key', sandbox: true } }),
          entry(2, {
            actor: 'manager@example.com',
            action: 'api_token.create',
            targetType: 'api_token',
            target: 'api token ci (tri_ab…)',
            details: null,
          }),
          entry(3, { action: 'member.add', targetType: 'user', target: 'user ada@example.com', details: { note: 'x'.repeat(200) } }),
        ],
        null,
      ),
    );
    renderWithProviders(<AuditLog />, { role: 'admin' });
    await waitFor(() => expect(rows()).toHaveLength(3));
    const cells = rows().map((r) =>
      within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    );
    expect(cells.map((c) => c.slice(1, 4))).toEqual([
      ['admin@example.com', 'connector.connect', 'connector Stripe'],
      ['manager@example.com', 'api_token.create', 'api token ci (tri_ab…)'],
      ['admin@example.com', 'member.add', 'user ada@example.com'],
    ]);
    expect(cells[0]?.[4]).toBe('{"type":"stripe","method":"api_key","sandbox":true}');
    expect(cells[1]?.[4]).toBe('');
    expect(cells[2]?.[4]).toHaveLength(118);
    expect(cells[2]?.[4]?.endsWith('…')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('loads older entries from the last cursor', async () => {
    const seen = mockGraphQL((body) => (body.variables['after'] ? page([entry(31)], null) : page([entry(1), entry(2)], 'cursor-2')));
    renderWithProviders(<AuditLog />, { role: 'admin' });
    await waitFor(() => expect(rows()).toHaveLength(2));
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(seen.map((b) => b.variables)).toEqual([{ after: null }, { after: 'cursor-2' }]);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });
});
