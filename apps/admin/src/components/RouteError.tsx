import { Alert, Button, Container, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ErrorComponentProps } from '@tanstack/react-router';

/** A page that failed to load: say so, and offer the obvious next step. */
export function RouteError({ error, reset }: ErrorComponentProps) {
  return (
    <Container size="sm" py="xl">
      <Alert color="red" icon={<IconAlertTriangle />} title="This page could not be loaded">
        <Stack gap="sm">
          <span>{error instanceof Error ? error.message : 'Unexpected error'}</span>
          <Button variant="light" color="red" w="fit-content" onClick={reset}>
            Try again
          </Button>
        </Stack>
      </Alert>
    </Container>
  );
}
