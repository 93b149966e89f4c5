import { Stack, Text, ThemeIcon } from '@mantine/core';
import { IconDatabaseOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export function EmptyState({ title, children, icon }: { title: string; children?: ReactNode; icon?: ReactNode }) {
  return (
    <Stack align="center" gap="xs" py="xl">
      <ThemeIcon size={48} radius="xl" variant="light" color="gray">
        {icon ?? <IconDatabaseOff size={26} />}
      </ThemeIcon>
      <Text fw={600}>{title}</Text>
      {children ? (
        <Text size="sm" c="dimmed" ta="center" maw={460}>
          {children}
        </Text>
      ) : null}
    </Stack>
  );
}
