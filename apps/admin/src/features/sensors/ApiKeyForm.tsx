import { Button, Group, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert, toProblem } from '../../components/ProblemAlert';
import { ActionError } from '../../graphql/errors';
import { connectApiKey } from '../../queries/connector-actions';
import { keys } from '../../queries/keys';
import { useMe } from '../auth/use-me';
import type { SensorType } from './types';

/** Paste a key, Verify (the gateway checks it with the vendor before storing it), or use the sandbox's key. */
export function ApiKeyForm({ type, onConnected }: { type: SensorType; onConnected: () => void }) {
  const { tenantId } = useMe();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Record<string, string>>({});
  const connect = useMutation({
    mutationFn: (useSandbox: boolean) =>
      connectApiKey(type.id, useSandbox ? null : Object.entries(values).map(([name, value]) => ({ name, value })), useSandbox),
    onSuccess: async () => {
      notifySuccess(`${type.name} connected`, 'The key was verified and the first sync has started.');
      await queryClient.invalidateQueries({ queryKey: keys.connectors(tenantId) });
      onConnected();
    },
  });
  const fieldErrors = connect.error instanceof ActionError ? connect.error.fieldErrors : [];
  const errorOf = (name: string) => fieldErrors.find((f) => f.path === name)?.message;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        connect.mutate(false);
      }}
    >
      <Stack gap="sm">
        {type.authFields.map((field) => {
          const Input = field.secret ? PasswordInput : TextInput;
          return (
            <Input
              key={field.name}
              label={field.label}
              description={field.description ?? undefined}
              autoComplete="off"
              value={values[field.name] ?? ''}
              error={errorOf(field.name)}
              onChange={(e) => setValues({ ...values, [field.name]: e.currentTarget.value })}
            />
          );
        })}
        {connect.error && fieldErrors.length === 0 ? <ProblemAlert problem={toProblem(connect.error)} /> : null}
        <Group>
          <Button type="submit" loading={connect.isPending && connect.variables === false}>
            Verify and connect
          </Button>
          {type.sandboxAvailable ? (
            <Button variant="light" color="grape" loading={connect.isPending && connect.variables} onClick={() => connect.mutate(true)}>
              Use sandbox key
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
