import { Card, Checkbox, Group, Select, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import type { CanonicalFilter } from '../../graphql/generated/graphql';
import { sensorsQuery } from '../../queries/connectors';
import { useMe } from '../auth/use-me';
import { toFilter } from '../dashboard/range';
import { ENTITY_NAMES, SPECS, type EntityName } from './entities';
import { RecordsTable } from './RecordsTable';

const route = getRouteApi('/app/data');
const isEntity = (v: string | null): v is EntityName => ENTITY_NAMES.some((e) => e === v);

function EntityTable({ entity, filter }: { entity: EntityName; filter: CanonicalFilter }) {
  const key = JSON.stringify(filter);
  switch (entity) {
    case 'people':
      return <RecordsTable key={key} spec={SPECS.people} filter={filter} />;
    case 'accounts':
      return <RecordsTable key={key} spec={SPECS.accounts} filter={filter} />;
    case 'activities':
      return <RecordsTable key={key} spec={SPECS.activities} filter={filter} />;
    case 'deals':
      return <RecordsTable key={key} spec={SPECS.deals} filter={filter} />;
    case 'charges':
      return <RecordsTable key={key} spec={SPECS.charges} filter={filter} />;
  }
}

/** Browse the canonical records: people, accounts, activities, deals, charges, with search, filters and pages. */
export function ExplorerPage() {
  const search = route.useSearch();
  const navigate = useNavigate();
  const { tenantId } = useMe();
  const connectors = useQuery(sensorsQuery(tenantId)).data?.connectors ?? [];
  const entity = search.entity ?? 'charges';
  const update = (next: Partial<typeof search>) => void navigate({ to: '/data', search: { ...search, ...next }, replace: true });
  const setQuery = useDebouncedCallback((q: string) => update({ q: q || undefined }), 300);
  const range = search.from && search.to ? toFilter({ from: search.from, to: search.to }) : null;
  const filter: CanonicalFilter = {
    search: search.q ?? null,
    connectorId: search.connector ?? null,
    from: range?.from ?? null,
    to: range?.to ?? null,
    includeDeleted: search.deleted ?? false,
  };
  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>Data explorer</Title>
        <Text c="dimmed">Every record the connectors brought in, normalized. Click a row for the vendor’s raw data.</Text>
      </div>
      <Tabs value={entity} onChange={(v) => isEntity(v) && update({ entity: v })}>
        <Tabs.List>
          {ENTITY_NAMES.map((name) => (
            <Tabs.Tab key={name} value={name}>
              {SPECS[name].label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Card>
        <Stack>
          <Group align="flex-end">
            <TextInput
              label="Search"
              placeholder={SPECS[entity].searchHint}
              leftSection={<IconSearch size={16} />}
              defaultValue={search.q ?? ''}
              onChange={(e) => setQuery(e.currentTarget.value)}
              w={280}
            />
            <Select
              label="Connector"
              placeholder="All connectors"
              clearable
              data={connectors.map((c) => ({ value: c.id, label: c.name }))}
              value={search.connector ?? null}
              onChange={(v) => update({ connector: v ?? undefined })}
              w={200}
            />
            <DatePickerInput
              type="range"
              label={SPECS[entity].dateLabel}
              placeholder="Any time"
              clearable
              value={[search.from ?? null, search.to ?? null]}
              onChange={([from, to]) =>
                (from && to) || (!from && !to) ? update({ from: from ?? undefined, to: to ?? undefined }) : undefined
              }
              w={260}
            />
            <Checkbox
              label="Include deleted"
              checked={search.deleted ?? false}
              onChange={(e) => update({ deleted: e.currentTarget.checked || undefined })}
              mb={8}
            />
          </Group>
          <EntityTable entity={entity} filter={filter} />
        </Stack>
      </Card>
    </Stack>
  );
}
