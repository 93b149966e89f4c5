import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconRipple } from '@tabler/icons-react';

export function Logo() {
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon radius="md" size="lg" variant="gradient" gradient={{ from: 'blue', to: 'cyan' }}>
        <IconRipple size={20} />
      </ThemeIcon>
      <Text fw={700} size="lg">
        Tributary
      </Text>
    </Group>
  );
}
