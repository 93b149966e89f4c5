import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CanonicalFilter, TypedDocumentString } from '../../graphql/generated/graphql';
import { count, dateOnly, dateTime, money } from '../../lib/format';
import { AccountsQuery, ActivitiesQuery, ChargesQuery, DealsQuery, PeopleQuery } from '../../queries/records';

export const ENTITY_NAMES = ['people', 'accounts', 'activities', 'deals', 'charges'] as const;
export type EntityName = (typeof ENTITY_NAMES)[number];

export interface RecordNode {
  id: string;
  raw: unknown;
  externalId: string;
  deletedAt?: string | null;
}

export interface RecordPage<N> {
  page: { totalCount: number; edges: { node: N }[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } };
}

/** How the explorer lists one canonical entity: its document, columns and what search looks in. */
export interface EntitySpec<N extends RecordNode> {
  name: EntityName;
  label: string;
  document: TypedDocumentString<RecordPage<N>, { filter?: CanonicalFilter | null; after?: string | null }>;
  searchHint: string;
  dateLabel: string;
  columns: { header: string; cell: (node: N) => ReactNode }[];
}

/** A person by name, else email; the vendor id only when the person has not been synced. */
export function personLabel(
  person: { email?: string | null; firstName?: string | null; lastName?: string | null } | null | undefined,
  externalId: string | null | undefined,
): string {
  const name = [person?.firstName, person?.lastName].filter(Boolean).join(' ');
  return name || person?.email || externalId || '—';
}

const entity = <N extends RecordNode>(spec: EntitySpec<N>) => spec;

const gone = (d: string | null | undefined) =>
  d ? (
    <Badge color="gray" size="xs">
      deleted
    </Badge>
  ) : null;

export const SPECS = {
  people: entity({
    name: 'people',
    label: 'People',
    document: PeopleQuery,
    searchHint: 'Email or name',
    dateLabel: 'Updated',
    columns: [
      { header: 'Email', cell: (n) => n.email ?? '—' },
      { header: 'Name', cell: (n) => [n.firstName, n.lastName].filter(Boolean).join(' ') || '—' },
      { header: 'Title', cell: (n) => n.title ?? '—' },
      { header: 'Kind', cell: (n) => n.kind ?? '—' },
      {
        header: 'Updated',
        cell: (n) => (
          <>
            {dateTime(n.updatedAt)} {gone(n.deletedAt)}
          </>
        ),
      },
    ],
  }),
  accounts: entity({
    name: 'accounts',
    label: 'Accounts',
    document: AccountsQuery,
    searchHint: 'Name or domain',
    dateLabel: 'Updated',
    columns: [
      { header: 'Name', cell: (n) => n.name },
      { header: 'Domain', cell: (n) => n.domain ?? '—' },
      { header: 'Industry', cell: (n) => n.industry ?? '—' },
      { header: 'Employees', cell: (n) => count(n.employeeCount) },
      {
        header: 'Updated',
        cell: (n) => (
          <>
            {dateTime(n.updatedAt)} {gone(n.deletedAt)}
          </>
        ),
      },
    ],
  }),
  activities: entity({
    name: 'activities',
    label: 'Activities',
    document: ActivitiesQuery,
    searchHint: 'Type or person id',
    dateLabel: 'Occurred',
    columns: [
      { header: 'Type', cell: (n) => n.type },
      { header: 'Channel', cell: (n) => n.channel ?? '—' },
      { header: 'Person', cell: (n) => personLabel(n.person, n.personExternalId) },
      {
        header: 'Occurred',
        cell: (n) => (
          <>
            {dateTime(n.occurredAt)} {gone(n.deletedAt)}
          </>
        ),
      },
    ],
  }),
  deals: entity({
    name: 'deals',
    label: 'Deals',
    document: DealsQuery,
    searchHint: 'Name or contact email',
    dateLabel: 'Close date',
    columns: [
      { header: 'Name', cell: (n) => n.name ?? '—' },
      { header: 'Amount', cell: (n) => money(n.amount, n.currency) },
      { header: 'Stage', cell: (n) => n.stage ?? '—' },
      { header: 'Contact', cell: (n) => n.contactEmail ?? '—' },
      {
        header: 'Close date',
        cell: (n) => (
          <>
            {dateOnly(n.closeDate)} {gone(n.deletedAt)}
          </>
        ),
      },
    ],
  }),
  charges: entity({
    name: 'charges',
    label: 'Charges',
    document: ChargesQuery,
    searchHint: 'Customer email or description',
    dateLabel: 'Occurred',
    columns: [
      { header: 'Amount', cell: (n) => money(n.amount, n.currency) },
      { header: 'Refunded', cell: (n) => (n.amountRefunded ? money(n.amountRefunded, n.currency) : '—') },
      {
        header: 'Status',
        cell: (n) => (
          <Badge variant="light" color={n.status === 'succeeded' ? 'green' : n.status === 'failed' ? 'red' : 'gray'}>
            {n.status}
          </Badge>
        ),
      },
      { header: 'Customer', cell: (n) => n.customerEmail ?? '—' },
      { header: 'Description', cell: (n) => n.description ?? '—' },
      {
        header: 'Occurred',
        cell: (n) => (
          <>
            {dateTime(n.occurredAt)} {gone(n.deletedAt)}
          </>
        ),
      },
    ],
  }),
};
