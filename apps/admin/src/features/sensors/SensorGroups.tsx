import { SimpleGrid, Text, Title } from '@mantine/core';
import { CATEGORIES } from './categories';
import { SensorCard } from './SensorCard';
import type { ConnectorSummary, SensorType } from './types';

/** The catalog by category, every category shown: one without a connector yet says so in a line. */
export function SensorGroups({ types, connectors }: { types: readonly SensorType[]; connectors: readonly ConnectorSummary[] }) {
  return CATEGORIES.map(({ id, label }) => {
    const inCategory = types.filter((type) => type.category === id);
    return (
      <section key={id} aria-label={label}>
        <Title order={4} mb={inCategory.length > 0 ? 'sm' : 4}>
          {label}
        </Title>
        {inCategory.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid={`empty-category-${id}`}>
            No connectors in this category yet.
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
            {inCategory.map((type) => (
              <SensorCard key={type.id} type={type} connector={connectors.find((c) => c.type === type.id)} />
            ))}
          </SimpleGrid>
        )}
      </section>
    );
  });
}
